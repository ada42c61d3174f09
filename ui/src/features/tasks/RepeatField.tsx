// How a task repeats: how often, on which days, until when; with the rule summed up in a sentence.
import { useState } from "react";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useDisplayFormat } from "../../components/format-context";
import { formatDay } from "../deals/deal-format";
import { describeRepeat, ordinal, startRepeat, weekdayOf, weekdays, type Frequency, type Repeat, type RepeatEnd } from "./rrule-text";

type Every = Extract<Repeat, { type: "every" }>;

const unitOf: Record<Exclude<Frequency, "weekdays">, string> = { daily: "days", weekly: "weeks", monthly: "months", yearly: "years" };
const onTheDay = (day: number) => `the ${ordinal(day)}${day >= 29 ? " (or the last day)" : ""}`;

export function RepeatField({
  value,
  onValueChange,
  dueDate,
  error,
}: {
  value: Repeat;
  onValueChange: (repeat: Repeat) => void;
  /** The first occurrence; a new weekly or monthly rule starts on its weekday or day. */
  dueDate: string;
  error?: string;
}) {
  const { locale } = useDisplayFormat();
  const start = /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? dueDate : "";
  const monthDay = value.type === "every" && value.frequency === "monthly" ? value.monthDay : Number(start.slice(8, 10)) || 1;
  const weekday = weekdays.find((w) => w.day === weekdayOf(start || "2000-01-03"))?.long ?? "";
  const options = [
    { value: "none", label: "Does not repeat" },
    { value: "daily", label: "Daily" },
    { value: "weekdays", label: "Every weekday (Mon–Fri)" },
    { value: "weekly", label: start ? `Weekly on ${weekday}` : "Weekly" },
    { value: "monthly", label: `Monthly on ${onTheDay(monthDay)}` },
    { value: "yearly", label: "Yearly" },
    ...(value.type === "custom" ? [{ value: "custom", label: "Custom rule (kept as it is)" }] : []),
  ];
  const selected = value.type === "every" ? value.frequency : value.type;

  return (
    <fieldset className="task-form__group">
      <legend className="visually-hidden">Repeat</legend>
      <SelectField
        id="task-repeat"
        label="Repeat"
        value={selected}
        options={options}
        error={error}
        onValueChange={(next) => {
          if (next === "none") onValueChange({ type: "none" });
          else if (next !== "custom") onValueChange(startRepeat(next as Frequency, start));
        }}
      />
      {value.type === "every" && <RepeatDetails value={value} onValueChange={onValueChange} />}
      {value.type !== "none" && (
        <p className="field__hint" data-testid="repeat-summary">
          {describeRepeat(value, (day) => formatDay(day, locale))}
        </p>
      )}
    </fieldset>
  );
}

function RepeatDetails({ value, onValueChange }: { value: Every; onValueChange: (repeat: Repeat) => void }) {
  const change = (part: Partial<Every>) => onValueChange({ ...value, ...part });
  return (
    <>
      {value.frequency !== "weekdays" && (
        <CountField
          id="task-repeat-interval"
          label={`Every how many ${unitOf[value.frequency]}`}
          value={value.interval}
          onValueChange={(interval) => change({ interval })}
          className="task-form__narrow"
        />
      )}
      {value.frequency === "weekly" && (
        <div className="weekday-picker" role="group" aria-label="On these days">
          {weekdays.map(({ day, short, long }) => {
            const on = value.days.includes(day);
            return (
              <button
                key={day}
                type="button"
                className="weekday-picker__day"
                aria-pressed={on}
                aria-label={long}
                onClick={() => change({ days: on ? value.days.filter((d) => d !== day) : [...value.days, day] })}
              >
                {short.slice(0, 2)}
              </button>
            );
          })}
        </div>
      )}
      {value.frequency === "monthly" && (
        <SelectField
          id="task-repeat-month-day"
          label="On"
          value={String(value.monthDay)}
          onValueChange={(day) => change({ monthDay: Number(day) })}
          options={Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: onTheDay(i + 1) }))}
        />
      )}
      <EndField value={value.end} onValueChange={(end) => change({ end })} />
    </>
  );
}

function EndField({ value, onValueChange }: { value: RepeatEnd; onValueChange: (end: RepeatEnd) => void }) {
  return (
    <div className="task-form__pair">
      <SelectField
        id="task-repeat-end"
        label="Ends"
        value={value.type}
        options={[
          { value: "never", label: "Never" },
          { value: "on", label: "On a date" },
          { value: "after", label: "After a number of times" },
        ]}
        onValueChange={(type) =>
          onValueChange(type === "on" ? { type: "on", date: "" } : type === "after" ? { type: "after", count: 10 } : { type: "never" })
        }
      />
      {value.type === "on" && (
        <TextField
          id="task-repeat-until"
          label="Last day"
          type="date"
          value={value.date}
          onValueChange={(date) => onValueChange({ type: "on", date })}
        />
      )}
      {value.type === "after" && (
        <CountField id="task-repeat-count" label="Times" value={value.count} onValueChange={(count) => onValueChange({ type: "after", count })} />
      )}
    </div>
  );
}

/** A whole number from 1 up; the text may be empty or half-typed while the last good number stays in use. */
function CountField({
  id,
  label,
  value,
  onValueChange,
  className,
}: {
  id: string;
  label: string;
  value: number;
  onValueChange: (value: number) => void;
  className?: string;
}) {
  const [text, setText] = useState(String(value));
  return (
    <TextField
      id={id}
      label={label}
      type="number"
      min={1}
      value={text}
      className={className}
      onValueChange={(next) => {
        setText(next);
        const number = Number(next);
        if (Number.isInteger(number) && number >= 1) onValueChange(number);
      }}
      onBlur={() => setText(String(value))}
    />
  );
}
