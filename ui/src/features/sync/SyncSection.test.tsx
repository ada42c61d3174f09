import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Invite, KeptAsideWorkspace, Member, PendingInvite, SyncAccount, SyncStatus, TeamDevice, TeamMember } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { SyncSection } from "./SyncSection";

const ana: Member = { id: "m1", name: "Ana García", email: "ana@acme.example", role: "admin", is_me: true };
const signedOut: SyncStatus = { account: null, state: "off", last_synced_at: null, pending: 0, error: null, progress: null };
const anaAccount: SyncAccount = {
  server_url: "https://sync.acme.example",
  workspace_id: "w1",
  workspace_name: "Acme Sales",
  user_id: "u1",
  email: "ana@acme.example",
  display_name: "Ana García",
  role: "admin",
  device_id: "d1",
  device_name: "Ana’s laptop",
};
const synced = (account: SyncAccount, change: Partial<SyncStatus> = {}): SyncStatus => ({
  account,
  state: "synced",
  last_synced_at: new Date(Date.now() - 5 * 60_000).toISOString(),
  pending: 0,
  error: null,
  progress: null,
  ...change,
});
const members: TeamMember[] = [
  { user_id: "u1", email: "ana@acme.example", display_name: "Ana García", role: "admin" },
  { user_id: "u2", email: "sam@acme.example", display_name: "Sam Seller", role: "seller" },
];
const devices: TeamDevice[] = [
  { device_id: "d2", name: "Sam’s old laptop", email: "sam@acme.example", created_at: "2024-01-10T09:00:00Z", last_seen_at: "2024-03-01T09:00:00Z", revoked: false, this_device: false },
  { device_id: "d1", name: "Ana’s laptop", email: "ana@acme.example", created_at: "2024-01-02T09:00:00Z", last_seen_at: null, revoked: false, this_device: true },
  { device_id: "d3", name: "Lost phone", email: "sam@acme.example", created_at: "2023-11-02T09:00:00Z", last_seen_at: null, revoked: true, this_device: false },
];

type Handlers = Record<string, (args: Record<string, unknown>) => unknown>;

function backendWith(status: SyncStatus, handlers: Handlers = {}) {
  return mockBackend({
    sync_status: () => status,
    get_profile: () => ana,
    sync_members: () => members,
    sync_devices: () => devices,
    sync_invites: () => [],
    kept_aside_workspaces: () => [],
    ...handlers,
  });
}

describe("SyncSection, signed out", () => {
  it("says the records are merged before signing in, sends what was typed, and shows the server's field error under its input", async () => {
    let refuse = true;
    const backend = backendWith(signedOut, {
      sync_sign_in: () =>
        refuse
          ? Promise.reject({
              code: "validation",
              message: "Check the sign-in details.",
              fields: [{ field: "password", message: "Wrong e-mail or password." }],
            })
          : synced(anaAccount),
    });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    const form = await screen.findByTestId("sync-sign-in-form");
    // Merging this computer's records in is the default; keeping them aside is one click away.
    expect(within(form).getByRole("radio", { name: /Merge them into the team’s workspace/ })).toBeChecked();
    expect(within(form).getByRole("radio", { name: /Keep them aside as a separate workspace/ })).not.toBeChecked();
    // The e-mail comes from this workspace's profile.
    expect(within(form).getByRole("textbox", { name: "Email" })).toHaveValue("ana@acme.example");

    await user.type(within(form).getByRole("textbox", { name: "Server address" }), "https://sync.acme.example");
    await user.type(within(form).getByLabelText("Password"), "hunter2");
    const device = within(form).getByRole("textbox", { name: "Device name" });
    await user.clear(device);
    await user.type(device, "Ana’s laptop");
    await user.click(within(form).getByRole("button", { name: "Sign in" }));

    const password = within(form).getByLabelText("Password");
    await waitFor(() => expect(password).toHaveAttribute("aria-invalid", "true"));
    expect(password).toHaveAccessibleDescription("Wrong e-mail or password.");
    expect(backend.callsTo("sync_sign_in")).toEqual([
      {
        input: {
          server_url: "https://sync.acme.example",
          email: "ana@acme.example",
          password: "hunter2",
          device_name: "Ana’s laptop",
          local_records: "merge",
        },
      },
    ]);

    // Fixing the field clears its error; the next attempt signs in and the section shows the team.
    await user.type(password, "!");
    expect(password).not.toHaveAttribute("aria-invalid");
    refuse = false;
    await user.click(within(form).getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Signed in to Acme Sales")).toBeInTheDocument();
    expect(screen.getByTestId("sync-state")).toHaveTextContent("Synced");
    expect(screen.queryByTestId("sync-sign-in-form")).not.toBeInTheDocument();
  });

  it("checks the two passwords match before creating a team, then sends the team's details", async () => {
    const backend = backendWith(signedOut, { sync_create_team: () => synced(anaAccount) });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    await user.click(await screen.findByRole("tab", { name: "Create a team" }));
    const form = screen.getByTestId("sync-create-team-form");
    expect(within(form).getByText(/Everything in this workspace is uploaded/)).toBeInTheDocument();
    await user.type(within(form).getByRole("textbox", { name: "Server address" }), "https://sync.acme.example");
    await user.type(within(form).getByRole("textbox", { name: "Team name" }), "Acme Sales");
    expect(within(form).getByRole("textbox", { name: "Your name" })).toHaveValue("Ana García");
    await user.type(within(form).getByLabelText("Password"), "correct horse");
    await user.type(within(form).getByLabelText("Confirm password"), "correct hose");
    await user.click(within(form).getByRole("button", { name: "Create team" }));

    expect(within(form).getByLabelText("Confirm password")).toHaveAccessibleDescription("The two passwords don’t match.");
    expect(backend.callsTo("sync_create_team")).toEqual([]);

    await user.clear(within(form).getByLabelText("Confirm password"));
    await user.type(within(form).getByLabelText("Confirm password"), "correct horse");
    await user.click(within(form).getByRole("button", { name: "Create team" }));
    expect(await screen.findByText(/Team “Acme Sales” created/)).toBeInTheDocument();
    const [sent] = backend.callsTo("sync_create_team");
    expect(sent).toEqual({
      input: {
        server_url: "https://sync.acme.example",
        workspace_name: "Acme Sales",
        email: "ana@acme.example",
        display_name: "Ana García",
        password: "correct horse",
        device_name: expect.any(String),
      },
    });
  });

  it("joins with an invite code and keeps the server address typed on another tab", async () => {
    const backend = backendWith(signedOut, {
      sync_join_team: () =>
        Promise.reject({
          code: "validation",
          message: "Check the invite.",
          fields: [{ field: "code", message: "This code has expired. Ask your admin for a new one." }],
        }),
    });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    await user.type(await screen.findByRole("textbox", { name: "Server address" }), "https://sync.acme.example");
    await user.click(screen.getByRole("tab", { name: "Join with an invite" }));
    const form = screen.getByTestId("sync-join-form");
    expect(within(form).getByRole("textbox", { name: "Server address" })).toHaveValue("https://sync.acme.example");
    await user.type(within(form).getByRole("textbox", { name: "One-time code" }), "K7Q-4MZ-P2X");
    await user.type(within(form).getByLabelText("Password"), "s3cret");
    await user.click(within(form).getByRole("radio", { name: /Keep them aside as a separate workspace/ }));
    await user.click(within(form).getByRole("button", { name: "Join team" }));

    expect(await within(form).findByText("This code has expired. Ask your admin for a new one.")).toBeInTheDocument();
    expect(backend.callsTo("sync_join_team")).toEqual([
      {
        input: {
          server_url: "https://sync.acme.example",
          email: "ana@acme.example",
          code: "K7Q-4MZ-P2X",
          display_name: "Ana García",
          password: "s3cret",
          device_name: expect.any(String),
          local_records: "keep_aside",
        },
      },
    ]);
  });
});

describe("SyncSection, workspaces kept aside", () => {
  const kept: KeptAsideWorkspace[] = [
    { id: "Ana’s book 2026-11-30 1205", name: "Ana’s book", kept_at: "2026-11-30T12:05:00Z", contacts: 1204, companies: 1, deals: 0 },
  ];

  it("lists them with their records and opens one in a window of its own", async () => {
    const backend = backendWith(synced(anaAccount), { kept_aside_workspaces: () => kept, open_kept_aside_workspace: () => null });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    const table = await screen.findByRole("table", { name: "Workspaces kept aside" });
    const row = within(table).getByTestId("kept-aside-workspace");
    expect(row).toHaveTextContent("Ana’s book");
    expect(row).toHaveTextContent("1,204 contacts · 1 company · 0 deals");
    await user.click(within(row).getByRole("button", { name: "Open Ana’s book in a new window" }));
    expect(await screen.findByText("Opening Ana’s book in a new window…")).toBeInTheDocument();
    expect(backend.callsTo("open_kept_aside_workspace")).toEqual([{ id: "Ana’s book 2026-11-30 1205" }]);
  });

  it("removes one for good after saying what goes, and shows the backend's refusal while it is open", async () => {
    let open = true;
    const backend = backendWith(synced(anaAccount), {
      kept_aside_workspaces: () => kept,
      remove_kept_aside_workspace: () =>
        open
          ? Promise.reject({ code: "conflict", message: "This workspace is open in another window. Close that window, then remove it.", fields: [] })
          : [],
    });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    const row = await screen.findByTestId("kept-aside-workspace");
    await user.click(within(row).getByRole("button", { name: "Remove Ana’s book" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Remove Ana’s book for good?" });
    expect(dialog).toHaveTextContent("Its 1,204 contacts · 1 company · 0 deals, their history and its library files are deleted");
    await user.click(within(dialog).getByRole("button", { name: "Remove for good" }));
    expect(await screen.findByText("This workspace is open in another window. Close that window, then remove it.")).toBeInTheDocument();
    expect(screen.getByTestId("kept-aside-workspace")).toBeInTheDocument();

    open = false;
    await user.click(within(screen.getByTestId("kept-aside-workspace")).getByRole("button", { name: "Remove Ana’s book" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Remove for good" }));
    expect(await screen.findByText("Ana’s book removed")).toBeInTheDocument();
    expect(screen.queryByTestId("kept-aside-workspace")).not.toBeInTheDocument();
    expect(backend.callsTo("remove_kept_aside_workspace")).toEqual([{ id: kept[0]!.id }, { id: kept[0]!.id }]);
  });

  it("shows them while signed out too, and says when one cannot be opened", async () => {
    backendWith(signedOut, {
      kept_aside_workspaces: () => kept,
      open_kept_aside_workspace: () => Promise.reject({ code: "not_found", message: "That kept-aside workspace is no longer on this computer.", fields: [] }),
    });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    const row = await screen.findByTestId("kept-aside-workspace");
    await user.click(within(row).getByRole("button", { name: /Open Ana’s book/ }));
    expect(await screen.findByText("That kept-aside workspace is no longer on this computer.")).toBeInTheDocument();
  });
});

describe("SyncSection, signed in", () => {
  it("shows the team, the changes waiting, syncs now, and signs out after warning about unsent changes", async () => {
    const seller: SyncAccount = { ...anaAccount, user_id: "u2", email: "sam@acme.example", display_name: "Sam Seller", role: "seller", device_id: "d2", device_name: "Sam’s laptop" };
    const offline = synced(seller, { state: "offline", pending: 14 });
    const backend = backendWith(offline, {
      sync_devices: () => devices.filter((d) => d.email === "sam@acme.example"),
      sync_now: () => synced(seller),
      sync_sign_out: () => signedOut,
    });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    expect(await screen.findByTestId("sync-pending")).toHaveTextContent("14 changes");
    expect(screen.getByTestId("sync-state")).toHaveTextContent("Offline");
    expect(screen.getByText("Acme Sales")).toBeInTheDocument();
    expect(screen.getByText("https://sync.acme.example")).toBeInTheDocument();
    expect(screen.getByText("Sam’s laptop")).toBeInTheDocument();
    // Sellers see their own devices, not the team's members or the invite form.
    expect(await screen.findByRole("table", { name: "Your devices" })).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Team members" })).not.toBeInTheDocument();
    expect(screen.queryByTestId("sync-invite-form")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Sign out" }));
    const confirm = screen.getByRole("alertdialog", { name: "Sign out of Acme Sales?" });
    expect(confirm).toHaveTextContent("14 changes made here haven’t reached the server yet");
    await user.click(within(confirm).getByRole("button", { name: "Cancel" }));

    await user.click(screen.getByRole("button", { name: "Sync now" }));
    await waitFor(() => expect(screen.getByTestId("sync-state")).toHaveTextContent("Synced"));
    expect(screen.getByTestId("sync-pending")).toHaveTextContent("Nothing");
    expect(backend.callsTo("sync_now")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Sign out" }));
    await user.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Sign out" }));
    expect(await screen.findByTestId("sync-sign-in-form")).toBeInTheDocument();
    expect(backend.callsTo("sync_sign_out")).toEqual([{}]);
  });

  it("lets an admin invite a teammate and shows the one-time code to pass on", async () => {
    const invite: Invite = { email: "lee@acme.example", role: "marketer", code: "K7Q-4MZ-P2X", expires_at: new Date(Date.now() + 7 * 86_400_000).toISOString() };
    const backend = backendWith(synced(anaAccount), {
      sync_invite: ({ input }) =>
        (input as { email: string }).email === ""
          ? Promise.reject({ code: "validation", message: "Check the invite.", fields: [{ field: "email", message: "Enter the teammate’s e-mail." }] })
          : invite,
    });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    const team = await screen.findByRole("table", { name: "Team members" });
    expect(within(team).getByText("Sam Seller")).toBeInTheDocument();
    expect(within(team).getAllByRole("row")).toHaveLength(3);

    const form = screen.getByTestId("sync-invite-form");
    await user.click(within(form).getByRole("button", { name: "Create invite code" }));
    expect(await within(form).findByText("Enter the teammate’s e-mail.")).toBeInTheDocument();

    await user.type(within(form).getByRole("textbox", { name: "Email" }), "lee@acme.example");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Role" }), "marketer");
    await user.click(within(form).getByRole("button", { name: "Create invite code" }));

    const issued = await screen.findByRole("group", { name: "One-time code for lee@acme.example (Marketer)" });
    expect(within(issued).getByTestId("invite-code")).toHaveTextContent("K7Q-4MZ-P2X");
    expect(within(issued).getByTestId("invite-expiry")).toHaveTextContent(/Expires in 7 days/);
    expect(backend.callsTo("sync_invite")).toEqual([
      { input: { email: "", role: "seller" } },
      { input: { email: "lee@acme.example", role: "marketer" } },
    ]);
    // A fresh form for the next invite.
    expect(within(screen.getByTestId("sync-invite-form")).getByRole("textbox", { name: "Email" })).toHaveValue("");

    await user.click(within(issued).getByRole("button", { name: "Copy code" }));
    expect(await navigator.clipboard.readText()).toBe("K7Q-4MZ-P2X");
  });

  it("lists the invites waiting, refreshed after a new one, and withdraws one after asking", async () => {
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    let waiting: PendingInvite[] = [{ id: "aa11", email: "kim@acme.example", role: "seller", expires_at: new Date(Date.now() + 2 * 86_400_000).toISOString() }];
    const backend = backendWith(synced(anaAccount), {
      sync_invites: () => waiting,
      sync_invite: ({ input }) => {
        const { email, role } = input as { email: string; role: PendingInvite["role"] };
        waiting = [...waiting, { id: "bb22", email, role, expires_at: inAWeek }];
        return { email, role, code: "K7Q-4MZ-P2X", expires_at: inAWeek } satisfies Invite;
      },
      sync_cancel_invite: ({ id }) => (waiting = waiting.filter((i) => i.id !== id)),
    });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    const table = await screen.findByRole("table", { name: "Invites waiting" });
    expect(within(table).getAllByTestId("sync-invite").map((r) => r.textContent)).toEqual([expect.stringMatching(/kim@acme\.example.*Seller.*in 2 days/)]);

    const form = screen.getByTestId("sync-invite-form");
    await user.type(within(form).getByRole("textbox", { name: "Email" }), "lee@acme.example");
    await user.click(within(form).getByRole("button", { name: "Create invite code" }));
    await waitFor(() => expect(within(table).getAllByTestId("sync-invite")).toHaveLength(2));
    expect(within(table).getAllByTestId("sync-invite")[1]).toHaveTextContent("lee@acme.example");
    // The list never shows a code: only the one just made, in its own box.
    expect(table).not.toHaveTextContent("K7Q-4MZ-P2X");

    await user.click(within(table).getByRole("button", { name: "Withdraw the invite for kim@acme.example" }));
    const confirm = screen.getByRole("alertdialog", { name: "Withdraw this invite?" });
    expect(confirm).toHaveTextContent("The code sent to kim@acme.example stops working straight away.");
    await user.click(within(confirm).getByRole("button", { name: "Withdraw invite" }));
    expect(await screen.findByText("Invite for kim@acme.example withdrawn")).toBeInTheDocument();
    expect(backend.callsTo("sync_cancel_invite")).toEqual([{ id: "aa11" }]);
    await waitFor(() => expect(within(table).getAllByTestId("sync-invite").map((r) => r.textContent)).toEqual([expect.stringContaining("lee@acme.example")]));
  });

  it("lets an admin change a teammate's role, and shows the server's refusal", async () => {
    const backend = backendWith(synced(anaAccount), {
      sync_set_role: ({ userId, role }) =>
        userId === "u1"
          ? Promise.reject({ code: "conflict", message: "A team needs at least one admin.", fields: [] })
          : members.map((m) => (m.user_id === userId ? { ...m, role } : m)),
    });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    await user.selectOptions(await screen.findByRole("combobox", { name: "Role of Sam Seller" }), "sales_manager");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Role of Sam Seller" })).toHaveValue("sales_manager"));
    await user.selectOptions(screen.getByRole("combobox", { name: "Role of Ana García" }), "seller");
    expect(await screen.findByText("A team needs at least one admin.")).toBeInTheDocument();
    expect(backend.callsTo("sync_set_role")).toEqual([
      { userId: "u2", role: "sales_manager" },
      { userId: "u1", role: "seller" },
    ]);
  });

  it("lists the team's devices, dims revoked ones, and revokes one after asking", async () => {
    const backend = backendWith(synced(anaAccount), {
      sync_revoke_device: ({ deviceId }) => devices.map((d) => (d.device_id === deviceId ? { ...d, revoked: true } : d)),
    });
    const user = userEvent.setup();
    renderWithApp(<SyncSection />, { screen: "settings" });

    const table = await screen.findByRole("table", { name: "Devices" });
    const rows = within(table).getAllByTestId("sync-device");
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining("Sam’s old laptop"),
      expect.stringContaining("Ana’s laptop"),
      expect.stringContaining("Lost phone"),
    ]);
    expect(rows[1]).toHaveTextContent("This device");
    expect(rows[2]).toHaveTextContent("Revoked");
    // Neither this device (it signs out instead) nor a revoked one offers Revoke.
    expect(within(table).getAllByRole("button", { name: /^Revoke/ })).toHaveLength(1);

    await user.click(within(table).getByRole("button", { name: "Revoke Sam’s old laptop" }));
    const confirm = screen.getByRole("alertdialog", { name: "Revoke Sam’s old laptop?" });
    await user.click(within(confirm).getByRole("button", { name: "Revoke device" }));

    expect(await screen.findByText("Sam’s old laptop revoked")).toBeInTheDocument();
    expect(backend.callsTo("sync_revoke_device")).toEqual([{ deviceId: "d2" }]);
    await waitFor(() => expect(within(table).queryAllByRole("button", { name: /^Revoke/ })).toHaveLength(0));
  });
});
