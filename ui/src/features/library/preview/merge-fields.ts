// Splits a text item's body into plain runs and `{{ field }}` placeholders, scanning exactly as
// `tandem_domain::merge_fields::fill` does, so the preview marks the same fields the fill replaces.

export type BodyPart = { kind: "text"; text: string } | { kind: "field"; name: string; raw: string };

export function splitMergeFields(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  const pushText = (text: string) => {
    if (text) parts.push({ kind: "text", text });
  };
  let rest = body;
  for (;;) {
    const start = rest.indexOf("{{");
    if (start < 0) break;
    const close = rest.indexOf("}}", start + 2);
    if (close < 0) break;
    pushText(rest.slice(0, start));
    const raw = rest.slice(start, close + 2);
    parts.push({ kind: "field", name: rest.slice(start + 2, close).trim(), raw });
    rest = rest.slice(close + 2);
  }
  pushText(rest);
  return parts;
}
