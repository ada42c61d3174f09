import { describe, expect, it } from "vitest";
import { checkStepDays, inDayOrder, nextStep, stepsSummary, type StepDraft } from "./sequence-steps";

const step = (key: number, day: string, title = ""): StepDraft => ({ key, day, kind: "email", title });

describe("stepsSummary", () => {
  it.each([
    [[], ""],
    [[{ day_offset: 0, kind: "email" }], "Day 0 email"],
    [
      [
        { day_offset: 0, kind: "email" },
        { day_offset: 3, kind: "call" },
        { day_offset: 7, kind: "email" },
      ],
      "Day 0 email · Day 3 call · Day 7 email",
    ],
    [[{ day_offset: 1, kind: "todo" }, { day_offset: 2, kind: "meeting" }], "Day 1 to-do · Day 2 meeting"],
  ] as const)("%j reads %j", (steps, expected) => {
    expect(stepsSummary([...steps])).toBe(expected);
  });
});

describe("the step editor's rules", () => {
  it("orders steps by day, keeping same-day steps in place and unreadable days last", () => {
    const order = inDayOrder([step(1, "7"), step(2, ""), step(3, "0"), step(4, "3", "a"), step(5, "3", "b")]);
    expect(order.map((s) => s.key)).toEqual([3, 4, 5, 1, 2]);
  });

  it.each([
    [[], "0"],
    [[step(1, "0"), step(2, "5")], "7"],
    [[step(1, "3"), step(2, "")], "5"],
  ])("after %j the next step starts on day %s", (steps, day) => {
    expect(nextStep(steps, 9)).toEqual({ key: 9, day, kind: "email", title: "" });
  });

  it("asks for a day on each step that has none", () => {
    expect(checkStepDays([step(1, "0"), step(2, " "), step(3, "2.5"), step(4, " 4 ")])).toEqual({
      "steps.1": "Step 2 needs a day: 0 is the day the sequence starts.",
      "steps.2": "Step 3 needs a day: 0 is the day the sequence starts.",
    });
  });
});
