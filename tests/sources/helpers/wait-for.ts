/** Polls a condition until it holds, failing after the timeout: for events the test cannot drive. */
export async function waitFor(condition: () => boolean | Promise<boolean>, { timeoutMs = 10_000, stepMs = 20 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
