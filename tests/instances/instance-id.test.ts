import { describe, expect, it } from "vitest";
import { checkInstanceId, createInstanceId } from "../../src/instances/instance-id.js";

describe("an instance's id", () => {
  it("is the host, the process and a random part", () => {
    expect(createInstanceId({ hostname: "bot-1.example.org", pid: 4242, random: "0a1b2c" })).toBe("bot-1.example.org:4242:0a1b2c");
    const made = createInstanceId();
    expect(made).toMatch(new RegExp(`^[^:]+:${process.pid}:[0-9a-f]{6}$`));
    expect(createInstanceId()).not.toBe(made);
  });

  it("folds and shortens a host name so that PostgreSQL's application_name keeps the id as it is", () => {
    const long = createInstanceId({ hostname: `bakı:${"x".repeat(80)}`, pid: 7, random: "abcdef" });
    expect(long).toMatch(/^bak--x+:7:abcdef$/);
    expect(long).toHaveLength(63);
    expect(() => checkInstanceId(long)).not.toThrow();
    expect(createInstanceId({ hostname: "", pid: 7, random: "abcdef" })).toBe("host:7:abcdef");
  });
});
