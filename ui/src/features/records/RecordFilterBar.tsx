// The compact filter bar above a list (contacts or deals): each control narrows the list, active
// filters show as removable chips.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useQuery } from "@tanstack/react-query";
import { Check, ChevronDown, Clock, Plus, SlidersHorizontal, X } from "lucide-react";
import { useState, type ReactNode } from "react";
import { useDisplayFormat } from "../../components/format-context";
import { backend } from "../../ipc/backend";
import type { CustomFilter, LifecycleStage, RecordFilter, Stage } from "../../ipc/bindings";
import { useCampaigns } from "../campaigns/campaign-queries";
import { useCustomFields } from "../custom-fields/custom-field-queries";
import { describeCustomFilter } from "../custom-fields/custom-filter";
import { CustomFilterDialog } from "../custom-fields/CustomFilterDialog";
import { lifecycleLabels, lifecycleOptions } from "../contacts/qualification";
import { useMembers } from "../settings/settings-queries";
import { emptyFilter, isFilterActive } from "./empty-filter";
import { useTagsInUse } from "./record-queries";
import "./filter-bar.css";
import "./filter-menu.css";

const inactivityChoices = [7, 30, 60, 90];

function toggled<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * Which list the bar filters: its tags and custom fields come from that table. Contacts narrow by
 * lifecycle; deals by the stages of the pipeline on screen instead.
 */
export type FilteredList = { table: "contacts" } | { table: "deals"; stages: Stage[] };

export function RecordFilterBar({
  list,
  filter,
  onFilterChange,
}: {
  list: FilteredList;
  filter: RecordFilter;
  onFilterChange: (filter: RecordFilter) => void;
}) {
  const [country, setCountry] = useState("");
  const [days, setDays] = useState(filter.no_activity_days ?? 30);
  const [addingCustom, setAddingCustom] = useState(false);
  const change = (part: Partial<RecordFilter>) => onFilterChange({ ...filter, ...part });
  const shownDays = filter.no_activity_days ?? days;
  const campaignIds = filter.campaign_ids;

  function addCountry() {
    const name = country.trim();
    if (!name) return;
    if (!filter.countries.some((c) => c.toLowerCase() === name.toLowerCase())) {
      change({ countries: [...filter.countries, name] });
    }
    setCountry("");
  }

  return (
    <div role="toolbar" aria-label="Filters" className="filter-bar">
      <div className="filter-bar__controls">
        <SlidersHorizontal size={14} className="filter-bar__icon" aria-hidden="true" />
        {list.table === "deals" ? (
          <FilterMenu label="Stage" count={filter.stage_ids.length}>
            {list.stages.map((s) => (
              <CheckItem
                key={s.id}
                label={s.name}
                checked={filter.stage_ids.includes(s.id)}
                onToggle={() => change({ stage_ids: toggled(filter.stage_ids, s.id) })}
              />
            ))}
          </FilterMenu>
        ) : (
          <FilterMenu label="Lifecycle" count={filter.lifecycle.length}>
            {lifecycleOptions.map((o) => (
              <CheckItem
                key={o.value}
                label={o.label}
                checked={filter.lifecycle.includes(o.value)}
                onToggle={() => change({ lifecycle: toggled<LifecycleStage>(filter.lifecycle, o.value) })}
              />
            ))}
          </FilterMenu>
        )}
        <FilterMenu label="Owner" count={filter.owner_ids.length}>
          <OwnerItems selected={filter.owner_ids} onToggle={(id) => change({ owner_ids: toggled(filter.owner_ids, id) })} />
        </FilterMenu>
        <FilterMenu label="Campaign" count={campaignIds.length}>
          <CampaignItems selected={campaignIds} onToggle={(id) => change({ campaign_ids: toggled(campaignIds, id) })} />
        </FilterMenu>
        <FilterMenu label="Tag" count={filter.tags.length}>
          <TagItems table={list.table} selected={filter.tags} onToggle={(tag) => change({ tags: toggled(filter.tags, tag) })} />
        </FilterMenu>
        <input
          className="filter-bar__country"
          aria-label="Add a country filter"
          placeholder="Country…"
          // A deal's country is its company's.
          title={list.table === "deals" ? "Deals whose company is in this country" : undefined}
          value={country}
          autoComplete="off"
          onChange={(e) => setCountry(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              addCountry();
            } else if (e.key === "Escape" && country) {
              e.stopPropagation();
              setCountry("");
            }
          }}
          onBlur={addCountry}
        />
        <span className="filter-bar__inactivity">
          <button
            type="button"
            className="filter-button"
            aria-pressed={filter.no_activity_days !== null}
            onClick={() => change({ no_activity_days: filter.no_activity_days === null ? shownDays : null })}
          >
            <Clock aria-hidden="true" />
            No activity in {shownDays} days
          </button>
          <select
            className="filter-bar__days"
            aria-label="Days without activity"
            value={shownDays}
            onChange={(e) => {
              const next = Number(e.target.value);
              setDays(next);
              if (filter.no_activity_days !== null) change({ no_activity_days: next });
            }}
          >
            {inactivityChoices.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </span>
        <button type="button" className="filter-button" onClick={() => setAddingCustom(true)}>
          <Plus aria-hidden="true" />
          Custom field
        </button>
      </div>
      {isFilterActive(filter) && <ActiveFilters list={list} filter={filter} onFilterChange={onFilterChange} />}
      {addingCustom && (
        <CustomFilterDialog
          table={list.table}
          onAdd={(custom) => change({ custom: [...filter.custom, custom] })}
          onClose={() => setAddingCustom(false)}
        />
      )}
    </div>
  );
}

function FilterMenu({ label, count, children }: { label: string; count: number; children: ReactNode }) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className={`filter-button${count > 0 ? " filter-button--active" : ""}`}>
          {label}
          {count > 0 && (
            <span className="filter-button__count" aria-label={`${count} selected`}>
              {count}
            </span>
          )}
          <ChevronDown aria-hidden="true" />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="filter-menu" align="start" sideOffset={4} aria-label={label}>
          {children}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function CheckItem({ label, checked, onToggle, count }: { label: string; checked: boolean; onToggle: () => void; count?: number }) {
  return (
    <DropdownMenu.CheckboxItem
      className="filter-menu__item"
      checked={checked}
      onCheckedChange={onToggle}
      // Stay open so several values can be picked in a row.
      onSelect={(event) => event.preventDefault()}
    >
      <span className="filter-menu__check">
        <DropdownMenu.ItemIndicator>
          <Check size={13} aria-hidden="true" />
        </DropdownMenu.ItemIndicator>
      </span>
      <span className="filter-menu__text">{label}</span>
      {count !== undefined && <span className="filter-menu__count">{count}</span>}
    </DropdownMenu.CheckboxItem>
  );
}

function MenuNote({ children }: { children: ReactNode }) {
  return <DropdownMenu.Label className="filter-menu__note">{children}</DropdownMenu.Label>;
}

function OwnerItems({ selected, onToggle }: { selected: string[]; onToggle: (id: string) => void }) {
  const members = useMembers();
  if (members.isPending) return <MenuNote>Loading members…</MenuNote>;
  if (members.isError) return <MenuNote>Couldn’t load members. Close and reopen to retry.</MenuNote>;
  if (members.data.length === 0) return <MenuNote>No members yet. Add your team in Settings → Members.</MenuNote>;
  return members.data.map((m) => (
    <CheckItem key={m.id} label={m.is_me ? `${m.name} (you)` : m.name} checked={selected.includes(m.id)} onToggle={() => onToggle(m.id)} />
  ));
}

function CampaignItems({ selected, onToggle }: { selected: string[]; onToggle: (id: string) => void }) {
  const campaigns = useCampaigns();
  if (campaigns.isPending) return <MenuNote>Loading campaigns…</MenuNote>;
  if (campaigns.isError) return <MenuNote>Couldn’t load campaigns. Close and reopen to retry.</MenuNote>;
  if (campaigns.data.length === 0) return <MenuNote>No campaigns yet. Add one under Campaigns (G then M).</MenuNote>;
  return (
    <>
      <MenuNote>Original or latest campaign</MenuNote>
      {campaigns.data.map((c) => (
        <CheckItem key={c.id} label={c.name} checked={selected.includes(c.id)} onToggle={() => onToggle(c.id)} />
      ))}
    </>
  );
}

const tagExamples: Record<FilteredList["table"], string> = { contacts: "VIP", deals: "Renewal" };

function TagItems({ table, selected, onToggle }: { table: FilteredList["table"]; selected: string[]; onToggle: (tag: string) => void }) {
  const tags = useTagsInUse(table);
  if (tags.isPending) return <MenuNote>Loading tags…</MenuNote>;
  if (tags.isError) return <MenuNote>Couldn’t load tags. Close and reopen to retry.</MenuNote>;
  if (tags.data.length === 0) return (
      <MenuNote>
        No tags yet. Tag {table} in their form (e.g. “{tagExamples[table]}”), then filter by them here.
      </MenuNote>
    );
  return tags.data.map((t) => (
    <CheckItem key={t.name} label={t.name} count={t.count} checked={selected.includes(t.name)} onToggle={() => onToggle(t.name)} />
  ));
}

/** The active filters as chips; each one's × removes just that value. */
function ActiveFilters({
  list,
  filter,
  onFilterChange,
}: {
  list: FilteredList;
  filter: RecordFilter;
  onFilterChange: (filter: RecordFilter) => void;
}) {
  const { locale } = useDisplayFormat();
  const members = useQuery({ queryKey: ["members"], queryFn: backend.listMembers, enabled: filter.owner_ids.length > 0 });
  const fields = useCustomFields(list.table, { enabled: filter.custom.length > 0 });
  const campaignIds = filter.campaign_ids;
  const campaigns = useCampaigns({ enabled: campaignIds.length > 0 });
  const stages = list.table === "deals" ? list.stages : [];
  const change = (part: Partial<RecordFilter>) => onFilterChange({ ...filter, ...part });

  const chips: { key: string; label: string; remove: () => void }[] = [
    ...filter.lifecycle.map((stage) => ({
      key: `lifecycle-${stage}`,
      label: `Lifecycle: ${lifecycleLabels[stage]}`,
      remove: () => change({ lifecycle: filter.lifecycle.filter((s) => s !== stage) }),
    })),
    ...filter.stage_ids.map((id) => ({
      key: `stage-${id}`,
      // A saved view may name a stage of another pipeline than the one on screen.
      label: `Stage: ${stages.find((s) => s.id === id)?.name ?? "in another pipeline"}`,
      remove: () => change({ stage_ids: filter.stage_ids.filter((s) => s !== id) }),
    })),
    ...filter.owner_ids.map((id) => ({
      key: `owner-${id}`,
      label: `Owner: ${members.data?.find((m) => m.id === id)?.name ?? "…"}`,
      remove: () => change({ owner_ids: filter.owner_ids.filter((o) => o !== id) }),
    })),
    ...campaignIds.map((id) => ({
      key: `campaign-${id}`,
      label: `Campaign: ${campaigns.data?.find((c) => c.id === id)?.name ?? "…"}`,
      remove: () => change({ campaign_ids: campaignIds.filter((c) => c !== id) }),
    })),
    ...filter.tags.map((tag) => ({
      key: `tag-${tag}`,
      label: `Tag: ${tag}`,
      remove: () => change({ tags: filter.tags.filter((t) => t !== tag) }),
    })),
    ...filter.countries.map((country) => ({
      key: `country-${country}`,
      label: `Country: ${country}`,
      remove: () => change({ countries: filter.countries.filter((c) => c !== country) }),
    })),
    ...(filter.no_activity_days !== null
      ? [
          {
            key: "inactivity",
            label: `No activity in ${filter.no_activity_days} days`,
            remove: () => change({ no_activity_days: null }),
          },
        ]
      : []),
    ...filter.custom.map((custom: CustomFilter, index) => ({
      key: `custom-${index}`,
      label: fields.data
        ? describeCustomFilter(fields.data.find((f) => f.id === custom.field_id), custom, locale)
        : "Custom field…",
      remove: () => change({ custom: filter.custom.filter((_, i) => i !== index) }),
    })),
  ];

  return (
    <ul className="filter-chips" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.key} className="filter-chip">
          <span className="filter-chip__label">{chip.label}</span>
          <button type="button" className="filter-chip__remove" aria-label={`Remove filter ${chip.label}`} onClick={chip.remove}>
            <X size={12} aria-hidden="true" />
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="filter-chips__clear" onClick={() => onFilterChange(emptyFilter)}>
          Clear all
        </button>
      </li>
    </ul>
  );
}
