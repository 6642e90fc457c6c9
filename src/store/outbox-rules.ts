import type { OutboxRow } from "./types.js";

/**
 * Whether a row can share a message with its chat's other waiting rows: a push with an entry can (a burst lists
 * them), a digest part cannot. Both stores claim by it, so it lives beside the contract.
 */
export const mergeable = (row: Pick<OutboxRow, "purpose" | "entry">): boolean => row.purpose === "push" && row.entry !== null;
