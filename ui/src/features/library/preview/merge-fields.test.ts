import { describe, expect, it } from "vitest";
import { splitMergeFields } from "./merge-fields";

describe("splitMergeFields", () => {
  it.each([
    ["no fields at all", "Plain text", [{ kind: "text", text: "Plain text" }]],
    [
      "a field between words",
      "Hi {{contact.first_name}},",
      [
        { kind: "text", text: "Hi " },
        { kind: "field", name: "contact.first_name", raw: "{{contact.first_name}}" },
        { kind: "text", text: "," },
      ],
    ],
    [
      "spaces inside the braces",
      "{{ company.name }}",
      [{ kind: "field", name: "company.name", raw: "{{ company.name }}" }],
    ],
    [
      "two fields side by side",
      "{{a}}{{b}}",
      [
        { kind: "field", name: "a", raw: "{{a}}" },
        { kind: "field", name: "b", raw: "{{b}}" },
      ],
    ],
    ["an unclosed brace stays text", "Price: {{ 100", [{ kind: "text", text: "Price: {{ 100" }]],
    [
      "markup inside braces is only a name",
      "{{<b>x</b>}}",
      [{ kind: "field", name: "<b>x</b>", raw: "{{<b>x</b>}}" }],
    ],
  ])("%s", (_, body, parts) => {
    expect(splitMergeFields(body)).toEqual(parts);
  });
});
