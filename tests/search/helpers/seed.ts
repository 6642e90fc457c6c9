import { fileURLToPath } from "node:url";
import { loadCorpusFile } from "../../../src/corpus/load-corpus.js";
import type { Corpus } from "../../../src/corpus/types.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The copy of the seed page the README's figures are measured on (tests/eval/seed-corpus), not corpus/, which editors change. */
const SEED_PAGE = fileURLToPath(new URL("../../eval/seed-corpus/irans-growing-paranoia-toward-azerbaijan.txt", import.meta.url));

/** The seed page alone, so that pages added to corpus/ later do not move these tests' answers. */
export async function loadSeedCorpus(): Promise<Corpus> {
  const result = await loadCorpusFile(SEED_PAGE, { timezone: "Asia/Baku" });
  if (!result.ok) throw new Error(`the seed page was refused: ${result.reason}`);
  return result.corpus;
}
