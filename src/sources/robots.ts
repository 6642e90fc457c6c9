import robotsModule from "robots-parser";
import { FetchError } from "./http-body.js";
import type { PageResponse } from "./fetch-page.js";
import { FEED_ERRORS } from "./texts.js";

/**
 * robots-parser is CommonJS whose types declare an ES default export: under NodeNext the default import is
 * module.exports, which is the parser function itself.
 */
const robotsParser = robotsModule as unknown as (typeof robotsModule)["default"];
type Robot = ReturnType<typeof robotsParser>;

/** Fetches a robots.txt; the fetcher passes its bounded, address-checked, host-spaced GET. */
export type FetchRobots = (url: string) => Promise<PageResponse>;

/**
 * robots.txt per site, read once and kept for `ttlMs`. A site with none (404, 410) allows everything;
 * one whose robots.txt cannot be read allows nothing for now (RFC 9309: an unreachable file is a full
 * disallow), so the page is tried again later.
 */
export function createRobotsRules(deps: { fetch: FetchRobots; userAgent: string; ttlMs: number; now: () => number }) {
  const cache = new Map<string, { robot: Robot | null; until: number }>();

  async function rules(origin: string): Promise<Robot | null> {
    const cached = cache.get(origin);
    if (cached && cached.until > deps.now()) return cached.robot;
    const url = `${origin}/robots.txt`;
    let response: PageResponse;
    try {
      response = await deps.fetch(url);
    } catch (error) {
      throw new FetchError(FEED_ERRORS.robotsUnreadable(error instanceof Error ? error.message : String(error)));
    }
    // A 304 cannot come (no validators are sent); any answer but a body or "none" allows everything.
    const robot = response.kind === "fetched" ? robotsParser(url, response.body) : null;
    cache.set(origin, { robot, until: deps.now() + deps.ttlMs });
    return robot;
  }

  return {
    /** Whether the site lets us fetch the page; throws FetchError when its robots.txt cannot be read. */
    async allows(pageUrl: string): Promise<boolean> {
      const robot = await rules(new URL(pageUrl).origin);
      return robot?.isAllowed(pageUrl, deps.userAgent) !== false;
    },
  };
}
