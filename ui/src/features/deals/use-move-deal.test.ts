import { describe, expect, it } from "vitest";
import { board } from "./deal-fixtures";
import { movedCard } from "./use-move-deal";

describe("movedCard", () => {
  it("takes the card from its column, puts it on top of the target, and leaves money totals alone", () => {
    const before = board();
    const after = movedCard(before, { dealId: "d2", stageId: "s-proposal" });
    const [lead, proposal] = after.columns;
    expect(lead!.deals.map((d) => d.id)).toEqual(["d1"]);
    expect(proposal!.deals.map((d) => d.id)).toEqual(["d2", "d3"]);
    expect(proposal!.deals[0]).toMatchObject({ stage_id: "s-proposal", stage_name: "Proposal", probability: 50 });
    expect([lead!.total.count, proposal!.total.count]).toEqual([1, 2]);
    expect(proposal!.total.amount).toBe(before.columns[1]!.total.amount);
  });

  it("changes nothing for a move to the same stage or an unknown deal", () => {
    const before = board();
    expect(movedCard(before, { dealId: "d1", stageId: "s-lead" })).toBe(before);
    expect(movedCard(before, { dealId: "nope", stageId: "s-won" })).toBe(before);
  });
});
