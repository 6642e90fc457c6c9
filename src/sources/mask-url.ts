import { maskUrl as maskUrlText } from "../log/mask-urls.js";

/**
 * A page's URL as its fetch logs show it: masked as every logged URL is (user part and query values), and
 * without the fragment, which is never sent to the site and can hold a token.
 */
export function maskUrl(url: string): string {
  return maskUrlText(url.replace(/#.*$/s, ""));
}
