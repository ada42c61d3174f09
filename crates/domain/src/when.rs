//! The date phrases a seller types to reschedule a follow-up ("fri 10am", "in 3 days", "3/12"), read as a day or a moment.
//!
//! Hand-written rather than wrapping `interim` (the maintained chrono-english fork): interim always answers with a
//! full date and time (we must tell an all-day task from a timed one), puts "April 1" in the current year even when it
//! has passed, knows only day-first and month-first slashes (no year-first locales), pivots two-digit years at 1940,
//! and its errors cannot say which word was wrong. The grammar below is small and fixed:
//!
//! ```text
//! phrase = day [time] | time [day]
//! day    = today | tonight | tomorrow | [this|next] weekday | next week | next month | end of week | end of month
//!        | in <count> <unit> | dec 3 [2027] | 3 dec [2027] | 3/12[/2027] (in the workspace's order) | 2027-12-03
//! time   = 3pm | 9:30am | 15:00 | noon | morning | afternoon | evening
//! ```
//!
//! Case, commas, extra spaces and the fillers "at", "on" and "the" are ignored.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};
use serde::Serialize;

/// The order numeric dates are written in, from the workspace locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    DayMonthYear,
    MonthDayYear,
    /// A two-part date ("12/3") is month then day in these locales.
    YearMonthDay,
}

/// How people in `locale` (a BCP 47 tag such as "en-US" or "zh-Hant-HK") write a numeric date.
pub fn date_order_for_locale(locale: &str) -> DateOrder {
    let mut subtags = locale.split(['-', '_']);
    let language = subtags.next().unwrap_or_default().to_ascii_lowercase();
    // The region is the first two-letter subtag after the language; a script ("Hant") is four letters.
    let region = subtags.find(|tag| tag.len() == 2).map(str::to_ascii_uppercase);
    match (language.as_str(), region.as_deref()) {
        // Hong Kong and Macau write the day first, in Chinese as in English.
        ("zh", Some("HK" | "MO")) => DateOrder::DayMonthYear,
        ("zh" | "ja" | "ko" | "hu" | "lt" | "sv" | "mn", _) => DateOrder::YearMonthDay,
        // Canada is mixed; its national standard and CLDR's short date for en-CA and fr-CA are year first
        // (2027-12-03), and a two-part "12/3" is then month/day, which is how most English Canadians write it.
        (_, Some("CA")) => DateOrder::YearMonthDay,
        // The US and the places that follow its habits; the Philippines writes the month first too.
        (_, Some("US" | "PH" | "PR" | "GU" | "AS" | "VI" | "MP" | "UM")) => DateOrder::MonthDayYear,
        _ => DateOrder::DayMonthYear,
    }
}

/// What a phrase is read against: the user's own clock and habits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WhenContext {
    /// The user's local wall-clock time now.
    pub now: NaiveDateTime,
    pub order: DateOrder,
    /// The time a vague part of the day means ("tomorrow morning"), usually 09:00.
    pub default_time: NaiveTime,
}

/// When a task is due: a whole day, or a moment on the user's wall clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum When {
    Day(NaiveDate),
    At(NaiveDateTime),
}

const EXAMPLES: &str = "type a date such as 'tomorrow 9am', 'fri', 'in 3 days' or 'dec 3'";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WhenError {
    #[error("Type a date such as 'tomorrow 9am', 'fri', 'in 3 days' or 'dec 3'")]
    Empty,
    #[error("'{input}' is not a date we know; {EXAMPLES}")]
    Unrecognized { input: String },
    #[error("'{input}': '{part}' is not a time; type a time such as '9am' or '14:30'")]
    NotATime { input: String, part: String },
    #[error("'{input}': {hour} is not an hour; try '{suggestion}'")]
    NotAnHour { input: String, hour: String, suggestion: String },
    #[error("'{input}': {minute} is not a minute; try '{suggestion}'")]
    NotAMinute { input: String, minute: String, suggestion: String },
    #[error("'{input}': add am or pm to {hour}, or write {hour}:00")]
    AmOrPm { input: String, hour: String },
    #[error("'{input}': there is no month {month}")]
    NoSuchMonth { input: String, month: u32 },
    #[error("'{input}': no month has a day {day}")]
    NoSuchDay { input: String, day: u32 },
    #[error("{date} does not exist; that month has at most {days} days")]
    NoSuchDate { date: String, days: u32 },
    #[error("'{input}': which day of {month}? Try '{month} 3'")]
    MissingDay { input: String, month: String },
    #[error("'{input}': {year} is not a year; write it as 27 or 2027")]
    NotAYear { input: String, year: String },
    #[error("'{input}': '{amount}' is not how long to wait; use a number, as in 'in 3 days' or 'in 2 hours'")]
    NotAnAmount { input: String, amount: String },
    #[error("'{input}': say days, weeks, months, hours or minutes, as in 'in 3 days'")]
    MissingUnit { input: String },
    #[error("'{input}': '{unit}' is not days, weeks, months, hours or minutes; try 'in 3 days'")]
    NotAUnit { input: String, unit: String },
    #[error("'{input}' is too far ahead")]
    TooFarAhead { input: String },
}

/// Reads what the user typed as a day (`When::Day`) or, when it names a time, a moment (`When::At`).
pub fn parse_when(text: &str, ctx: &WhenContext) -> Result<When, WhenError> {
    let phrase = Phrase { input: text.trim(), words: words(text), ctx };
    if phrase.words.is_empty() {
        return Err(WhenError::Empty);
    }
    phrase.read()
}

/// "Tonight" and "evening": when a seller's calls are over but the day is not.
const EVENING: NaiveTime = hm(18, 0);
/// "Afternoon": after lunch.
const AFTERNOON: NaiveTime = hm(14, 0);
const NOON: NaiveTime = hm(12, 0);

const fn hm(hour: u32, minute: u32) -> NaiveTime {
    match NaiveTime::from_hms_opt(hour, minute, 0) {
        Some(time) => time,
        None => panic!("not a time of day"),
    }
}

const FILLERS: [&str; 3] = ["at", "on", "the"];

const MONTHS: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const WEEKDAYS: [(Weekday, &[&str]); 7] = [
    (Weekday::Mon, &["mon", "monday"]),
    (Weekday::Tue, &["tue", "tues", "tuesday"]),
    (Weekday::Wed, &["wed", "weds", "wednesday"]),
    (Weekday::Thu, &["thu", "thur", "thurs", "thursday"]),
    (Weekday::Fri, &["fri", "friday"]),
    (Weekday::Sat, &["sat", "saturday"]),
    (Weekday::Sun, &["sun", "sunday"]),
];

const COUNTS: [&str; 13] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/// Lower-cased words without commas and fillers, with "3 pm" and "3 p.m." joined into "3pm".
fn words(text: &str) -> Vec<String> {
    let text = text.to_lowercase().replace("a.m.", "am").replace("p.m.", "pm").replace(',', " ");
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace().filter(|word| !FILLERS.contains(word)) {
        if let (Some(last), "am" | "pm") = (words.last_mut(), word) {
            if last.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.') {
                last.push_str(word);
                continue;
            }
        }
        words.push(word.to_owned());
    }
    words
}

/// A day named by a phrase, before a time of day (if any) settles it.
enum Day {
    On(NaiveDate),
    /// A weekday: which one depends on whether a time is given (see `Phrase::settle`).
    Next(Weekday),
    /// "in 2 hours" already names the moment.
    Moment(NaiveDateTime),
}

/// A day phrase and the time it implies by itself ("tonight").
struct DayPhrase {
    day: Day,
    time: Option<NaiveTime>,
}

impl DayPhrase {
    fn on(date: NaiveDate) -> Self {
        DayPhrase { day: Day::On(date), time: None }
    }
}

/// A part of the phrase that was read, and the words after it; `None` when the words are not that kind of part.
type Found<'w, T> = Result<Option<(T, &'w [String])>, WhenError>;

/// One kind of day phrase ("tomorrow", "fri", "in 3 days"...), tried in turn.
type DayFamily<'a> = for<'w> fn(&Phrase<'a>, &'w [String]) -> Found<'w, DayPhrase>;

struct Phrase<'a> {
    /// As typed, for messages.
    input: &'a str,
    words: Vec<String>,
    ctx: &'a WhenContext,
}

impl Phrase<'_> {
    fn read(&self) -> Result<When, WhenError> {
        let words = self.words.as_slice();
        if let Some((day, rest)) = self.day(words)? {
            let time = match (&day.day, rest) {
                (_, []) => None,
                (Day::Moment(_), _) => return Err(self.unrecognized()),
                (_, [_, _, ..]) => return Err(self.not_a_time(rest)),
                (_, [_]) => match self.time(rest)? {
                    Some((time, _)) => Some(time),
                    None => return Err(self.not_a_time(rest)),
                },
            };
            return self.settle(day, time);
        }
        let Some((time, rest)) = self.time(words)? else { return Err(self.unrecognized()) };
        if rest.is_empty() {
            return self.time_alone(time);
        }
        match self.day(rest)? {
            Some((day, [])) if !matches!(day.day, Day::Moment(_)) => self.settle(day, Some(time)),
            _ => Err(self.unrecognized()),
        }
    }

    fn settle(&self, phrase: DayPhrase, time: Option<NaiveTime>) -> Result<When, WhenError> {
        let today = self.ctx.now.date();
        let time = time.or(phrase.time);
        let date = match phrase.day {
            Day::Moment(moment) => return Ok(When::At(moment)),
            Day::On(date) => date,
            // "fri" is the next Friday after today, except that "fri 4pm" on a Friday morning is this afternoon.
            Day::Next(weekday) if today.weekday() == weekday && time.is_some_and(|time| time > self.ctx.now.time()) => today,
            Day::Next(weekday) => self.next_weekday_after(today, weekday)?,
        };
        Ok(match time {
            Some(time) => When::At(date.and_time(time)),
            None => When::Day(date),
        })
    }

    /// A time with no day is the next time the clock shows it: today if still ahead, else tomorrow.
    fn time_alone(&self, time: NaiveTime) -> Result<When, WhenError> {
        let today = self.ctx.now.date();
        let date = if time > self.ctx.now.time() { today } else { self.days_after(today, 1)? };
        Ok(When::At(date.and_time(time)))
    }

    fn day<'w>(&self, words: &'w [String]) -> Found<'w, DayPhrase> {
        let families: [DayFamily<'_>; 6] =
            [Self::named_day, Self::weekday, Self::coming, Self::in_amount, Self::month_name_date, Self::numeric_date];
        for family in families {
            if let Some(found) = family(self, words)? {
                return Ok(Some(found));
            }
        }
        Ok(None)
    }

    /// "today", "tonight", "tomorrow".
    fn named_day<'w>(&self, words: &'w [String]) -> Found<'w, DayPhrase> {
        let today = self.ctx.now.date();
        let Some((word, rest)) = words.split_first() else { return Ok(None) };
        let phrase = match word.as_str() {
            "today" => DayPhrase::on(today),
            "tonight" => DayPhrase { day: Day::On(today), time: Some(EVENING) },
            "tomorrow" | "tmrw" | "tmr" => DayPhrase::on(self.days_after(today, 1)?),
            _ => return Ok(None),
        };
        Ok(Some((phrase, rest)))
    }

    /// "fri", "this friday", "next monday".
    fn weekday<'w>(&self, words: &'w [String]) -> Found<'w, DayPhrase> {
        // "next monday" is the coming Monday, the same as "monday": that is what Todoist and Things do, and a
        // seller moving a task is looking at the days ahead, not at the week after.
        let words = match words.split_first() {
            Some((this_or_next, rest)) if matches!(this_or_next.as_str(), "this" | "next") => rest,
            _ => words,
        };
        let Some((word, rest)) = words.split_first() else { return Ok(None) };
        Ok(weekday_named(word).map(|weekday| (DayPhrase { day: Day::Next(weekday), time: None }, rest)))
    }

    /// "next week", "next month", "end of week", "end of month".
    fn coming<'w>(&self, words: &'w [String]) -> Found<'w, DayPhrase> {
        let today = self.ctx.now.date();
        let (date, used) = match words.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            // Weeks start on Monday.
            ["next", "week", ..] => (self.days_after(today, 7 - u64::from(today.weekday().num_days_from_monday()))?, 2),
            ["next", "month", ..] => (self.months_after(today.with_day(1).unwrap_or(today), 1)?, 2),
            // The end of a work week; on a Friday that is today, on a weekend the Friday ahead.
            ["end", "of", "week", ..] => (self.on_or_after(today, Weekday::Fri)?, 3),
            ["end", "of", "month", ..] => (today.with_day(today.num_days_in_month().into()).unwrap_or(today), 3),
            _ => return Ok(None),
        };
        Ok(Some((DayPhrase::on(date), &words[used..])))
    }

    /// "in 3 days", "in a week", "in 1 month", "in 2 hours", "in 30 min".
    fn in_amount<'w>(&self, words: &'w [String]) -> Found<'w, DayPhrase> {
        let Some(("in", rest)) = words.split_first().map(|(first, rest)| (first.as_str(), rest)) else { return Ok(None) };
        let Some((amount, rest)) = rest.split_first() else { return Err(self.unrecognized()) };
        let count = match amount.as_str() {
            "a" | "an" => 1,
            word => match COUNTS.iter().position(|count| *count == word) {
                Some(count) => count as u32,
                None if !word.is_empty() && word.len() <= 6 && word.chars().all(|c| c.is_ascii_digit()) => {
                    word.parse().map_err(|_| self.not_an_amount(amount))?
                }
                None => return Err(self.not_an_amount(amount)),
            },
        };
        let Some((unit, rest)) = rest.split_first() else { return Err(WhenError::MissingUnit { input: self.input.to_owned() }) };
        let now = self.ctx.now;
        let today = now.date();
        let day = match unit.as_str() {
            "day" | "days" => Day::On(self.days_after(today, count.into())?),
            "week" | "weeks" => Day::On(self.days_after(today, u64::from(count) * 7)?),
            // A month from Jan 31 is the last day of February.
            "month" | "months" => Day::On(self.months_after(today, count)?),
            "year" | "years" => Day::On(self.months_after(today, count.saturating_mul(12))?),
            "hour" | "hours" | "hr" | "hrs" => Day::Moment(self.later(now, TimeDelta::try_hours(count.into()))?),
            "minute" | "minutes" | "min" | "mins" => Day::Moment(self.later(now, TimeDelta::try_minutes(count.into()))?),
            _ => return Err(WhenError::NotAUnit { input: self.input.to_owned(), unit: unit.clone() }),
        };
        Ok(Some((DayPhrase { day, time: None }, rest)))
    }

    /// "dec 3", "december 3 2027", "3 dec", "3rd december 2027".
    fn month_name_date<'w>(&self, words: &'w [String]) -> Found<'w, DayPhrase> {
        let first = words.first().map(String::as_str).unwrap_or_default();
        let second = words.get(1).map(String::as_str).unwrap_or_default();
        let (month, day) = match (month_named(first), day_number(second), day_number(first), month_named(second)) {
            (Some(month), Some(day), _, _) | (_, _, Some(day), Some(month)) => (month, day),
            (Some(month), None, _, _) => {
                return Err(WhenError::MissingDay { input: self.input.to_owned(), month: MONTHS[month as usize - 1][..3].to_owned() })
            }
            _ => return Ok(None),
        };
        let rest = &words[2..];
        let (year, rest) = match rest.split_first() {
            Some((year, rest)) if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) => (Some(year.as_str()), rest),
            _ => (None, rest),
        };
        Ok(Some((DayPhrase::on(self.calendar_date(year, month, day)?), rest)))
    }

    /// "3/12", "3/12/2027", "3.12.2027", "03-12-27" in the workspace's order; "2027-12-03" in any.
    fn numeric_date<'w>(&self, words: &'w [String]) -> Found<'w, DayPhrase> {
        let Some((word, rest)) = words.split_first() else { return Ok(None) };
        let parts: Vec<&str> = word.split(['/', '.', '-']).collect();
        let is_number = |part: &&str| (1..=4).contains(&part.len()) && part.chars().all(|c| c.is_ascii_digit());
        if !(2..=3).contains(&parts.len()) || !parts.iter().all(is_number) {
            return Ok(None);
        }
        let (year, month, day) = match (parts.as_slice(), self.ctx.order) {
            ([year, month, day], _) if year.len() == 4 => (Some(*year), month, day),
            ([month, day], DateOrder::MonthDayYear | DateOrder::YearMonthDay) => (None, month, day),
            ([day, month], DateOrder::DayMonthYear) => (None, month, day),
            ([day, month, year], DateOrder::DayMonthYear) => (Some(*year), month, day),
            ([month, day, year], DateOrder::MonthDayYear) => (Some(*year), month, day),
            ([year, month, day], DateOrder::YearMonthDay) => (Some(*year), month, day),
            _ => return Ok(None),
        };
        let (month, day) = (month.parse().unwrap_or(u32::MAX), day.parse().unwrap_or(u32::MAX));
        Ok(Some((DayPhrase::on(self.calendar_date(year, month, day)?), rest)))
    }

    /// A day of the calendar; without a year, the next time that date comes round (today included).
    fn calendar_date(&self, year: Option<&str>, month: u32, day: u32) -> Result<NaiveDate, WhenError> {
        if !(1..=12).contains(&month) {
            return Err(WhenError::NoSuchMonth { input: self.input.to_owned(), month });
        }
        if !(1..=31).contains(&day) {
            return Err(WhenError::NoSuchDay { input: self.input.to_owned(), day });
        }
        let name = title_case(&MONTHS[month as usize - 1][..3]);
        let Some(year) = year else {
            let today = self.ctx.now.date();
            // Eight years always hold a February 29.
            return (today.year()..=today.year() + 8)
                .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
                .find(|date| *date >= today)
                .ok_or_else(|| WhenError::NoSuchDate { date: format!("{name} {day}"), days: days_in_month(2000, month) });
        };
        let year = match year.len() {
            2 => 2000 + year.parse::<i32>().unwrap_or_default(),
            4 => year.parse().unwrap_or_default(),
            _ => return Err(WhenError::NotAYear { input: self.input.to_owned(), year: year.to_owned() }),
        };
        NaiveDate::from_ymd_opt(year, month, day)
            .ok_or_else(|| WhenError::NoSuchDate { date: format!("{name} {day} {year}"), days: days_in_month(year, month) })
    }

    /// "3pm", "9:30am", "15:00", "noon", "morning".
    fn time<'w>(&self, words: &'w [String]) -> Found<'w, NaiveTime> {
        let Some((word, rest)) = words.split_first() else { return Ok(None) };
        let time = match word.as_str() {
            "noon" | "midday" => NOON,
            "morning" => self.ctx.default_time,
            "afternoon" => AFTERNOON,
            "evening" => EVENING,
            _ => match self.clock_time(word)? {
                Some(time) => time,
                None => return Ok(None),
            },
        };
        Ok(Some((time, rest)))
    }

    /// "3pm", "9:30am", "9.30pm", "15:00"; a bare "3" is refused rather than guessed.
    fn clock_time(&self, word: &str) -> Result<Option<NaiveTime>, WhenError> {
        let (body, suffix) = match (word.strip_suffix("am"), word.strip_suffix("pm")) {
            (Some(body), _) => (body, "am"),
            (_, Some(body)) => (body, "pm"),
            _ => (word, ""),
        };
        // A dot separates minutes only beside am/pm; "3.12" alone is a date.
        let separators: &[char] = if suffix.is_empty() { &[':'] } else { &[':', '.'] };
        let (hour_text, minute_text) = match body.split_once(separators) {
            Some((hour, minute)) => (hour, Some(minute)),
            None => (body, None),
        };
        let is_number = |text: &str| (1..=2).contains(&text.len()) && text.chars().all(|c| c.is_ascii_digit());
        if !is_number(hour_text) || minute_text.is_some_and(|minute| minute.len() != 2 || !is_number(minute)) {
            return Ok(None);
        }
        let hour: u32 = hour_text.parse().unwrap_or(u32::MAX);
        let minute: u32 = minute_text.map_or(0, |minute| minute.parse().unwrap_or(u32::MAX));
        let hours = if suffix.is_empty() { 0..=23 } else { 1..=12 };
        if !hours.contains(&hour) {
            let example = if suffix.is_empty() { "15:00" } else { "3pm" };
            return Err(WhenError::NotAnHour {
                input: self.input.to_owned(),
                hour: hour_text.to_owned(),
                suggestion: self.suggest(word, example),
            });
        }
        if suffix.is_empty() && minute_text.is_none() {
            return Err(WhenError::AmOrPm { input: self.input.to_owned(), hour: hour_text.to_owned() });
        }
        if minute > 59 {
            let example = format!("{hour_text}:30{suffix}");
            return Err(WhenError::NotAMinute {
                input: self.input.to_owned(),
                minute: minute_text.unwrap_or_default().to_owned(),
                suggestion: self.suggest(word, &example),
            });
        }
        let hour = match suffix {
            "am" => hour % 12,
            "pm" => hour % 12 + 12,
            _ => hour,
        };
        Ok(NaiveTime::from_hms_opt(hour, minute, 0))
    }

    /// The phrase as typed, with one word replaced by a good example of it.
    fn suggest(&self, bad: &str, good: &str) -> String {
        self.words.iter().map(|word| if word == bad { good } else { word.as_str() }).collect::<Vec<_>>().join(" ")
    }

    fn next_weekday_after(&self, date: NaiveDate, weekday: Weekday) -> Result<NaiveDate, WhenError> {
        let tomorrow = self.days_after(date, 1)?;
        self.on_or_after(tomorrow, weekday)
    }

    fn on_or_after(&self, date: NaiveDate, weekday: Weekday) -> Result<NaiveDate, WhenError> {
        let ahead = (7 + weekday.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
        self.days_after(date, ahead.into())
    }

    fn days_after(&self, date: NaiveDate, days: u64) -> Result<NaiveDate, WhenError> {
        date.checked_add_days(Days::new(days)).ok_or_else(|| self.too_far())
    }

    fn months_after(&self, date: NaiveDate, months: u32) -> Result<NaiveDate, WhenError> {
        date.checked_add_months(Months::new(months)).ok_or_else(|| self.too_far())
    }

    fn later(&self, moment: NaiveDateTime, delta: Option<TimeDelta>) -> Result<NaiveDateTime, WhenError> {
        delta.and_then(|delta| moment.checked_add_signed(delta)).ok_or_else(|| self.too_far())
    }

    fn too_far(&self) -> WhenError {
        WhenError::TooFarAhead { input: self.input.to_owned() }
    }

    fn unrecognized(&self) -> WhenError {
        WhenError::Unrecognized { input: self.input.to_owned() }
    }

    fn not_a_time(&self, words: &[String]) -> WhenError {
        WhenError::NotATime { input: self.input.to_owned(), part: words.join(" ") }
    }

    fn not_an_amount(&self, amount: &str) -> WhenError {
        WhenError::NotAnAmount { input: self.input.to_owned(), amount: amount.to_owned() }
    }
}

/// 1 to 12 for "jan", "january", "sept", "dec."...
fn month_named(word: &str) -> Option<u32> {
    let word = word.strip_suffix('.').unwrap_or(word);
    let word = if word == "sept" { "sep" } else { word };
    MONTHS.iter().position(|month| word == *month || word == &month[..3]).map(|index| index as u32 + 1)
}

fn weekday_named(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(_, names)| names.contains(&word)).map(|(weekday, _)| *weekday)
}

/// The number in "3", "03" or "3rd"; whether it is a real day is checked later, to say so.
fn day_number(word: &str) -> Option<u32> {
    let digits = ["st", "nd", "rd", "th"].iter().find_map(|suffix| word.strip_suffix(suffix)).unwrap_or(word);
    if (1..=2).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    NaiveDate::from_ymd_opt(year, month, 1).map_or(31, |first| first.num_days_in_month().into())
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
