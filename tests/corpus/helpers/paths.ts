import { fileURLToPath } from "node:url";

/** The real page the project ships with, and this folder's fixtures, as file paths. */
export const SEED_PAGE = fileURLToPath(new URL("../../../corpus/irans-growing-paranoia-toward-azerbaijan.txt", import.meta.url));
export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
