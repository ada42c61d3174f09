// Test data: a small pipeline and board shaped like the backend's answers.
import type { BoardColumn, DealBoard, DealRow, Pipeline, Stage } from "../../ipc/bindings";

export const stages: Stage[] = [
  { id: "s-lead", name: "Lead", kind: "open", probability: 10, rot_days: 14 },
  { id: "s-proposal", name: "Proposal", kind: "open", probability: 50, rot_days: 10 },
  { id: "s-won", name: "Won", kind: "won", probability: 100, rot_days: 0 },
  { id: "s-lost", name: "Lost", kind: "lost", probability: 0, rot_days: 0 },
];

export const pipeline: Pipeline = { id: "p1", name: "Sales", stages };

export function dealRow(id: string, stage: Stage, extra: Partial<DealRow> = {}): DealRow {
  return {
    id,
    name: `Deal ${id}`,
    stage_id: stage.id,
    stage_name: stage.name,
    company_name: "Acme",
    primary_contact_name: "Ana García",
    amount: "12500.5",
    currency: "EUR",
    expected_close: "2025-06-30",
    owner_name: "Mia Chen",
    probability: stage.probability,
    rotting_days: null,
    updated_at: "2025-05-01T10:00:00Z",
    ...extra,
  };
}

const [lead, proposal, won, lost] = stages as [Stage, Stage, Stage, Stage];

export function board(columns?: Partial<Record<string, Partial<BoardColumn>>>): DealBoard {
  const base: BoardColumn[] = [
    {
      stage: lead,
      deals: [dealRow("d1", lead, { rotting_days: 12 }), dealRow("d2", lead, { name: "Globex pilot", currency: "USD" })],
      total: { count: 2, amount: "25001.00", weighted: "2500.10" },
    },
    { stage: proposal, deals: [dealRow("d3", proposal)], total: { count: 1, amount: "1234567.00", weighted: "617283.50" } },
    { stage: won, deals: [], total: { count: 0, amount: "0", weighted: "0" } },
    { stage: lost, deals: [], total: { count: 0, amount: "0", weighted: "0" } },
  ];
  return {
    pipeline,
    base_currency: "USD",
    columns: base.map((c) => ({ ...c, ...(columns?.[c.stage.id] ?? {}) })),
    closed_since: "2025-03-01",
    unconverted: [],
  };
}
