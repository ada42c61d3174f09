import { screen } from "@testing-library/react";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { TagInput } from "./TagInput";

function Harness({ initial = [], suggestions = [] }: { initial?: string[]; suggestions?: string[] }) {
  const [tags, setTags] = useState(initial);
  return (
    <>
      <TagInput id="tags" label="Tags" value={tags} onValueChange={setTags} suggestions={suggestions} />
      <output data-testid="value">{JSON.stringify(tags)}</output>
    </>
  );
}

const value = () => JSON.parse(screen.getByTestId("value").textContent ?? "[]") as string[];

describe("TagInput", () => {
  it("adds a tag on Enter and on comma, ignoring blanks and repeats in any case", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByRole("combobox", { name: "Tags" });

    await user.type(input, "VIP{Enter}  Q4 push ,vip,{Enter}");

    expect(value()).toEqual(["VIP", "Q4 push"]);
    expect(input).toHaveValue("");
    expect(screen.getByRole("list", { name: "Tags" })).toHaveTextContent("VIPQ4 push");
  });

  it("removes the last tag with Backspace in an empty input, and any tag with its × button", async () => {
    const user = userEvent.setup();
    render(<Harness initial={["alpha", "beta", "gamma"]} />);
    const input = screen.getByRole("combobox", { name: "Tags" });

    await user.click(input);
    await user.keyboard("{Backspace}");
    expect(value()).toEqual(["alpha", "beta"]);

    await user.click(screen.getByRole("button", { name: "Remove alpha" }));
    expect(value()).toEqual(["beta"]);
  });

  it("suggests tags in use that match, and Enter on a highlighted suggestion adds it", async () => {
    const user = userEvent.setup();
    render(<Harness initial={["Partner"]} suggestions={["Partner", "Priority", "Press", "Churn risk"]} />);
    const input = screen.getByRole("combobox", { name: "Tags" });

    await user.type(input, "pr");
    const options = screen.getAllByRole("option");
    // Already added tags are not offered again.
    expect(options.map((o) => o.textContent)).toEqual(["Priority", "Press"]);
    expect(input).toHaveAttribute("aria-expanded", "true");

    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(input).toHaveAttribute("aria-activedescendant", options[1]!.id);
    await user.keyboard("{Enter}");

    expect(value()).toEqual(["Partner", "Press"]);
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });

  it("keeps a half-typed tag when focus leaves the input", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole("combobox", { name: "Tags" }), "Renewal");
    await user.tab();
    expect(value()).toEqual(["Renewal"]);
  });
});
