/** A clock that only moves when the test moves it. */
export function createFakeClock(startIso: string) {
  let at = Date.parse(startIso);
  return {
    now: () => at,
    advance(ms: number) {
      at += ms;
    },
    set(iso: string) {
      at = Date.parse(iso);
    },
  };
}

export type FakeClock = ReturnType<typeof createFakeClock>;
