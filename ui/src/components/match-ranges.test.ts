import { describe, expect, it } from "vitest";
import { matchRanges } from "./match-ranges";

describe("matchRanges", () => {
  const cases: { text: string; search: string; ranges: [number, number][] }[] = [
    { text: "Ana García", search: "garcia", ranges: [[4, 10]] },
    { text: "Ana García", search: "GARCÍA", ranges: [[4, 10]] },
    { text: "Ana García", search: "ana gar", ranges: [[0, 3], [4, 7]] },
    { text: "Zoë Ångström", search: "zoe ang", ranges: [[0, 3], [4, 7]] },
    { text: "banana", search: "an", ranges: [[1, 5]] },
    { text: "Acme Inc", search: "  ", ranges: [] },
    { text: "Acme Inc", search: "xyz", ranges: [] },
    { text: "", search: "a", ranges: [] },
  ];

  it.each(cases)("finds “$search” in “$text”", ({ text, search, ranges }) => {
    expect(matchRanges(text, search)).toEqual(ranges);
  });
});
