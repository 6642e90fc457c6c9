import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

/** Resolves a host name to its addresses, like dns.lookup with all: true. */
export type ResolveHost = (hostname: string) => Promise<string[]>;

export const systemResolveHost: ResolveHost = async (hostname) => (await lookup(hostname, { all: true })).map((entry) => entry.address);

/** Whether an address is on the public internet: not loopback, private, link-local, reserved or the like. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
  return ipaddr.process(address).range() === "unicast";
}

/** The addresses a URL's host stands for: itself when it is an address, else what it resolves to. */
export async function addressesOf(url: URL, resolve: ResolveHost): Promise<string[]> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return ipaddr.isValid(host) ? [host] : resolve(host);
}

/** Whether every address a URL's host stands for is public; false when it resolves to nothing. */
export async function isPublicHost(url: URL, resolve: ResolveHost): Promise<boolean> {
  const addresses = await addressesOf(url, resolve);
  return addresses.length > 0 && addresses.every(isPublicAddress);
}
