import { describe, expect, it } from "vitest";
import { createSoleLeadership } from "../../src/instances/sole-leadership.js";
import { recordingLogger } from "./helpers/recording-logger.js";

describe("the sole leadership of the SQLite case", () => {
  it("leads from start to stop, telling each listener each change once", async () => {
    const leadership = createSoleLeadership("host:1:abcdef");
    const told: boolean[] = [];
    const alsoTold: boolean[] = [];
    leadership.onChange((leading) => told.push(leading));
    const stopTelling = leadership.onChange((leading) => alsoTold.push(leading));
    expect(leadership.isLeader()).toBe(false);
    expect(await leadership.leader()).toBeNull();

    await leadership.start();
    await leadership.start();
    expect(leadership.isLeader()).toBe(true);
    expect(await leadership.leader()).toBe("host:1:abcdef");
    stopTelling();
    await leadership.stop();
    await leadership.stop();
    expect(leadership.isLeader()).toBe(false);
    expect(told).toEqual([true, false]);
    expect(alsoTold).toEqual([true]);
  });

  it("tells the other listeners when one throws, and logs the failure", async () => {
    const logger = recordingLogger();
    const leadership = createSoleLeadership("host:1:abcdef", logger);
    const told: boolean[] = [];
    leadership.onChange(() => {
      throw new Error("sender would not start");
    });
    leadership.onChange(async () => {
      throw new Error("feeds would not start");
    });
    leadership.onChange((leading) => told.push(leading));
    await leadership.start();
    await Promise.resolve();
    expect(told).toEqual([true]);
    expect(logger.lines.map((line) => line.fields.err)).toEqual(["sender would not start", "feeds would not start"]);
  });
});
