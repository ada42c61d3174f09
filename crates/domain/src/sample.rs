//! The sample workspace: realistic companies, people and teammates from a seeded generator,
//! so a new user sees every capability working and benchmarks get large, repeatable data.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::activity::ActivityKind;
use crate::contact::ContactInput;
use crate::lifecycle::LifecycleStage;
use crate::member::Role;
use crate::task::{Priority, TaskKind};

pub const DEFAULT_SEED: u64 = 20_261_129;

struct Region {
    country: &'static str,
    calling_code: &'static str,
    tld: &'static str,
    first_names: &'static [&'static str],
    last_names: &'static [&'static str],
}

const REGIONS: &[Region] = &[
    Region {
        country: "United States",
        calling_code: "+1",
        tld: "com",
        first_names: &[
            "James", "Olivia", "Michael", "Emma", "Ethan", "Ava", "Daniel", "Sophia", "Matthew", "Isabella", "Ryan", "Madison", "Tyler",
            "Abigail", "Brandon", "Chloe", "Jordan", "Grace", "Kevin", "Natalie",
        ],
        last_names: &[
            "Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson",
            "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
        ],
    },
    Region {
        country: "United Kingdom",
        calling_code: "+44",
        tld: "co.uk",
        first_names: &[
            "Oliver", "Amelia", "George", "Isla", "Harry", "Poppy", "Jack", "Freya", "Charlie", "Evie", "Alfie", "Imogen", "Archie",
            "Harriet", "Rory", "Eleanor",
        ],
        last_names: &[
            "Jones", "Evans", "Roberts", "Hughes", "Edwards", "Green", "Hall", "Wood", "Hill", "Wright", "Turner", "Cooper", "Ward",
            "Morris", "Bennett", "Fletcher",
        ],
    },
    Region {
        country: "Spain",
        calling_code: "+34",
        tld: "es",
        first_names: &[
            "Ana",
            "Javier",
            "Lucía",
            "Carlos",
            "María",
            "Pablo",
            "Carmen",
            "Alejandro",
            "Elena",
            "Diego",
            "Marta",
            "Sergio",
            "Laura",
            "Álvaro",
            "Paula",
            "Íñigo",
        ],
        last_names: &[
            "García",
            "Fernández",
            "González",
            "Rodríguez",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Ruiz",
            "Díaz",
            "Moreno",
            "Muñoz",
            "Álvarez",
            "Romero",
            "Navarro",
        ],
    },
    Region {
        country: "Germany",
        calling_code: "+49",
        tld: "de",
        first_names: &[
            "Lukas",
            "Anna",
            "Felix",
            "Lena",
            "Jonas",
            "Marie",
            "Maximilian",
            "Sophie",
            "Leon",
            "Hannah",
            "Tobias",
            "Katharina",
            "Jürgen",
            "Julia",
            "Stefan",
            "Miriam",
        ],
        last_names: &[
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
        ],
    },
    Region {
        country: "France",
        calling_code: "+33",
        tld: "fr",
        first_names: &[
            "Camille", "Louis", "Léa", "Hugo", "Chloé", "Jules", "Manon", "Gabriel", "Inès", "Arthur", "Élodie", "Théo", "Sarah",
            "Antoine", "Margaux", "Nicolas",
        ],
        last_names: &[
            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
            "Lefèvre", "Michel", "Garnier", "Faure",
        ],
    },
    Region {
        country: "Netherlands",
        calling_code: "+31",
        tld: "nl",
        first_names: &[
            "Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Finn", "Tess", "Bram", "Sanne", "Joris", "Fleur", "Thijs", "Lotte",
        ],
        last_names: &[
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "Bos",
            "Vos",
            "Peters",
        ],
    },
    Region {
        country: "Brazil",
        calling_code: "+55",
        tld: "com.br",
        first_names: &[
            "João", "Maria", "Pedro", "Ana", "Lucas", "Juliana", "Gabriel", "Beatriz", "Rafael", "Larissa", "Thiago", "Camila", "Bruno",
            "Fernanda",
        ],
        last_names: &[
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Costa",
            "Pereira",
            "Almeida",
            "Ferreira",
            "Rodrigues",
            "Carvalho",
            "Gomes",
            "Ribeiro",
            "Araújo",
            "Barbosa",
        ],
    },
    Region {
        country: "Japan",
        calling_code: "+81",
        tld: "co.jp",
        first_names: &["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Kenji", "Emi", "Takeshi", "Naomi"],
        last_names: &[
            "Sato",
            "Suzuki",
            "Takahashi",
            "Tanaka",
            "Watanabe",
            "Ito",
            "Yamamoto",
            "Nakamura",
            "Kobayashi",
            "Kato",
            "Yoshida",
            "Yamada",
        ],
    },
    Region {
        country: "India",
        calling_code: "+91",
        tld: "in",
        first_names: &["Aarav", "Priya", "Vivaan", "Ananya", "Arjun", "Diya", "Rohan", "Isha", "Karan", "Meera", "Vikram", "Neha"],
        last_names: &["Sharma", "Patel", "Gupta", "Reddy", "Iyer", "Nair", "Singh", "Kumar", "Mehta", "Desai", "Rao", "Joshi"],
    },
];

const COMPANY_FIRST: &[&str] = &[
    "Northwind",
    "Blue Harbor",
    "Summit",
    "Bright",
    "Ironclad",
    "Silver Pine",
    "Redwood",
    "Clearwater",
    "Granite",
    "Lumen",
    "Atlas",
    "Beacon",
    "Cobalt",
    "Evergreen",
    "Falcon",
    "Harbor",
    "Keystone",
    "Meridian",
    "Nimbus",
    "Orchid",
    "Pioneer",
    "Quantum",
    "Riverbend",
    "Sapphire",
    "Terra",
    "Vantage",
    "Willow",
    "Zenith",
    "Aurora",
    "Cascade",
    "Driftwood",
    "Ember",
    "Foxglove",
    "Helix",
    "Juniper",
    "Kestrel",
];
const COMPANY_SECOND: &[&str] = &[
    "Logistics",
    "Analytics",
    "Health",
    "Robotics",
    "Foods",
    "Energy",
    "Capital",
    "Software",
    "Manufacturing",
    "Labs",
    "Retail",
    "Media",
    "Biotech",
    "Systems",
    "Partners",
    "Mobility",
    "Insurance",
    "Networks",
    "Materials",
    "Hospitality",
];
const COMPANY_SUFFIX: &[&str] = &["", "", "", " Inc.", " Ltd", " GmbH", " Group", " Co.", " S.A.", " B.V."];
pub const INDUSTRIES: &[&str] = &[
    "Software",
    "Manufacturing",
    "Healthcare",
    "Financial services",
    "Retail",
    "Logistics",
    "Energy",
    "Education",
    "Media",
    "Hospitality",
];
const TITLES: &[(&str, u32)] = &[
    ("Chief Executive Officer", 2),
    ("Chief Financial Officer", 2),
    ("Chief Technology Officer", 2),
    ("VP of Sales", 4),
    ("VP of Marketing", 4),
    ("VP of Operations", 3),
    ("Head of Procurement", 4),
    ("Director of IT", 5),
    ("Director of Finance", 4),
    ("Marketing Manager", 8),
    ("Sales Manager", 8),
    ("Operations Manager", 8),
    ("Product Manager", 7),
    ("IT Manager", 6),
    ("Procurement Specialist", 6),
    ("Account Manager", 6),
    ("Business Analyst", 6),
    ("Software Engineer", 6),
    ("Office Manager", 4),
    ("Customer Success Lead", 5),
];

/// An account in the sample workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleCompany {
    pub name: String,
    pub domain: String,
    pub industry: String,
    pub country: String,
    region: usize,
}

/// A teammate who owns records in the sample workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleMember {
    pub name: String,
    pub email: String,
    pub role: Role,
}

pub fn members() -> Vec<SampleMember> {
    [
        ("Dana Whitfield", "dana.whitfield", Role::SalesManager),
        ("Marco Ruiz", "marco.ruiz", Role::Seller),
        ("Priya Natarajan", "priya.natarajan", Role::Seller),
        ("Léa Moreau", "lea.moreau", Role::Marketer),
    ]
    .into_iter()
    .map(|(name, user, role)| SampleMember { name: name.into(), email: format!("{user}@tandem-sample.com"), role })
    .collect()
}

/// `count` companies with unique names, always the same for the same seed.
pub fn companies(seed: u64, count: usize) -> Vec<SampleCompany> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut names: Vec<String> = COMPANY_FIRST.iter().flat_map(|a| COMPANY_SECOND.iter().map(move |b| format!("{a} {b}"))).collect();
    names.shuffle(&mut rng);
    (0..count)
        .map(|i| {
            // Past every first/second pairing, name regional branches of the same brands.
            let base = &names[i % names.len()];
            let branch = i / names.len();
            let region = rng.gen_range(0..REGIONS.len());
            let name = if branch == 0 { base.clone() } else { format!("{base} {} {}", REGIONS[region].country, branch) };
            let slug: String = name.to_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            let suffix = COMPANY_SUFFIX.choose(&mut rng).unwrap();
            SampleCompany {
                name: format!("{name}{suffix}"),
                domain: format!("{slug}.{}", REGIONS[region].tld),
                industry: INDUSTRIES.choose(&mut rng).unwrap().to_string(),
                country: REGIONS[region].country.to_owned(),
                region,
            }
        })
        .collect()
}

/// A sample person and how long ago they were added and last edited, so lists look lived-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleContact {
    pub input: ContactInput,
    pub created_days_ago: u32,
    pub updated_days_ago: u32,
    /// Which sample teammate owns the contact (index into `members()`).
    pub owner_slot: usize,
}

/// An endless, repeatable stream of people working at `companies`.
pub fn contacts(seed: u64, companies: &[SampleCompany]) -> impl Iterator<Item = SampleContact> + '_ {
    let mut rng = ChaCha8Rng::seed_from_u64(seed.wrapping_mul(31).wrapping_add(7));
    (0usize..).map(move |i| {
        let company = &companies[rng.gen_range(0..companies.len())];
        // Most people live where their company is; some work remotely from elsewhere.
        let region = if rng.gen_bool(0.85) { &REGIONS[company.region] } else { REGIONS.choose(&mut rng).unwrap() };
        let first = *region.first_names.choose(&mut rng).unwrap();
        let last = *region.last_names.choose(&mut rng).unwrap();
        let title = *weighted(&mut rng, TITLES);
        let local: String = format!("{}.{}", ascii_fold(first), ascii_fold(last)).replace(' ', "");
        // Past the name pool, add a number so addresses stay distinct in large workspaces.
        let email = if i < 2_000 { format!("{local}@{}", company.domain) } else { format!("{local}{}@{}", i % 997, company.domain) };
        let (prefix, digits) = phone_plan(region.country);
        let phone = format!("{} {prefix} {:0width$}", region.calling_code, rng.gen_range(0..10u64.pow(digits)), width = digits as usize);
        let notes = if rng.gen_bool(0.2) {
            format!(
                "Met at {} on a {} call; interested in pricing.",
                company.name,
                ["discovery", "demo", "renewal"].choose(&mut rng).unwrap()
            )
        } else {
            String::new()
        };
        let created_days_ago = rng.gen_range(0..540);
        let updated_days_ago = rng.gen_range(0..=created_days_ago);
        let lifecycle_stage = *weighted(&mut rng, LIFECYCLE);
        let lead_source = LEAD_SOURCES.choose(&mut rng).unwrap().to_string();
        let tags = if rng.gen_bool(0.15) { vec![SAMPLE_TAGS.choose(&mut rng).unwrap().to_string()] } else { Vec::new() };
        let owner_slot = rng.gen_range(0..4);
        let input = ContactInput {
            first_name: first.into(),
            last_name: last.into(),
            email,
            phone,
            title: title.into(),
            company_name: company.name.clone(),
            country: region.country.into(),
            notes,
            lifecycle_stage,
            lead_source,
            tags,
            ..ContactInput::default()
        };
        SampleContact { input, created_days_ago, updated_days_ago, owner_slot }
    })
}

/// How a sample contact got to its current lifecycle stage: each stage it passed through and how
/// many hours ago it entered it, oldest first, the first at its creation and the last being
/// `stage`. Some leads skip a stage, as real ones do; every stay fits between creation and now.
/// Seeded by `salt` (the contact's position) so the stream of `contacts()` is left unchanged.
pub fn lifecycle_history(stage: LifecycleStage, created_days_ago: u32, salt: u64) -> Vec<(LifecycleStage, u32)> {
    use LifecycleStage::*;
    let mut rng = ChaCha8Rng::seed_from_u64(salt.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(17));
    // Typical days spent in the stage before the next one (low, high).
    let typical = |s: LifecycleStage| match s {
        Subscriber => (10, 60),
        Lead => (4, 30),
        MarketingQualified => (5, 25),
        SalesQualified => (7, 40),
        Opportunity => (14, 60),
        Customer => (60, 200),
        Evangelist | Other => (1, 2),
    };
    let ladder = [Lead, MarketingQualified, SalesQualified, Opportunity, Customer, Evangelist];
    let mut path: Vec<LifecycleStage> = match stage {
        Subscriber => vec![Subscriber],
        Other => vec![Lead, Other],
        _ => {
            let upto = ladder.iter().position(|s| *s == stage).unwrap_or(0);
            let mut path: Vec<LifecycleStage> = ladder[..=upto].to_vec();
            // A hot lead goes straight to sales-qualified now and then.
            if upto >= 2 && rng.gen_bool(0.2) {
                path.retain(|s| *s != MarketingQualified);
            }
            path
        }
    };
    if path[0] == Lead && rng.gen_bool(0.25) {
        path.insert(0, Subscriber);
    }
    let stays: Vec<u32> = path[..path.len() - 1]
        .iter()
        .map(|s| {
            let (low, high) = typical(*s);
            rng.gen_range(low * 24..=high * 24)
        })
        .collect();
    // Squeeze the stays into the contact's life so far when it is younger than they add up to.
    let life = created_days_ago * 24;
    let total: u32 = stays.iter().sum();
    let scale = |hours: u32| if total > life { (u64::from(hours) * u64::from(life) / u64::from(total.max(1))) as u32 } else { hours };
    let mut hours_ago = life;
    let mut history = vec![(path[0], hours_ago)];
    for (next, hours) in path[1..].iter().zip(stays) {
        hours_ago = hours_ago.saturating_sub(scale(hours));
        history.push((*next, hours_ago));
    }
    history
}

/// A sample deal; indexes point into the sample companies, the first contacts and `default_stages()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleDeal {
    pub name: String,
    pub company_index: usize,
    pub contact_index: usize,
    pub amount: String,
    pub currency: String,
    /// The stages it went through, oldest first, each with how many days ago it was entered.
    pub history: Vec<(usize, u32)>,
    pub created_days_ago: u32,
    /// Days from today to the expected close; negative for past dates.
    pub expected_close_in_days: i64,
    pub loss_reason: String,
    pub source: String,
    pub owner_slot: usize,
}

impl SampleDeal {
    pub fn stage_index(&self) -> usize {
        self.history.last().map_or(0, |h| h.0)
    }
}

const PRODUCTS: &[&str] =
    &["Analytics Suite", "Platform licence", "Onboarding package", "Support renewal", "Enterprise upgrade", "Data connectors"];
const LOSS_REASONS: &[&str] = &["Chose a competitor", "No budget this year", "Went silent", "Price too high", "Project cancelled"];
const WON: usize = 4;
const LOST: usize = 5;

/// `count` deals at the sample companies with `contacts` people, spread over the pipeline the way a
/// real one looks: many early, fewer late, a history of won and lost.
pub fn deals(seed: u64, companies: &[SampleCompany], contacts: usize, count: usize) -> Vec<SampleDeal> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed.wrapping_mul(131).wrapping_add(3));
    (0..count)
        .map(|_| {
            let company_index = rng.gen_range(0..companies.len());
            let company = &companies[company_index];
            let currency = match REGIONS[company.region].country {
                "Spain" | "Germany" | "France" | "Netherlands" => "EUR",
                "United Kingdom" => "GBP",
                "Japan" => "JPY",
                "Brazil" => "BRL",
                _ => "USD",
            };
            let seats = [5, 10, 20, 25, 50, 100, 250][rng.gen_range(0..7)];
            let per_seat = rng.gen_range(30..240) * 12;
            let amount = match currency {
                "JPY" => (seats * per_seat * 150).to_string(),
                _ => format!("{}.00", seats * per_seat),
            };
            let product = PRODUCTS.choose(&mut rng).unwrap();
            let short = company.name.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            let final_stage = *weighted(&mut rng, &[(0, 14), (1, 12), (2, 10), (3, 7), (WON, 12), (LOST, 9)]);
            // Closed deals reach back over a year of history; open ones are at most a few months old,
            // as in a pipeline someone keeps (a deal in prospecting for a year reads as bad data).
            let created_days_ago: u32 = if final_stage >= WON { rng.gen_range(3..420) } else { rng.gen_range(3..150) };
            // Walk the open stages up to the final one, each entered some days after the last.
            let mut history = Vec::new();
            let mut days_ago = created_days_ago;
            let last_open = if final_stage >= WON { rng.gen_range(0..4) } else { final_stage };
            for stage in 0..=last_open {
                history.push((stage, days_ago));
                days_ago = days_ago.saturating_sub(rng.gen_range(1..=(days_ago / 3).max(1)));
            }
            if final_stage >= WON {
                history.push((final_stage, days_ago));
            }
            // One open deal in forty has let its close day pass (the board marks it overdue): a
            // pipeline kept up to date, not a wall of red.
            let expected_close_in_days = if final_stage >= WON {
                -(i64::from(days_ago))
            } else if rng.gen_ratio(1, 40) {
                // At least a day before: in a time zone behind UTC, yesterday in UTC can be today.
                rng.gen_range(-10..-1)
            } else {
                rng.gen_range(2..150)
            };
            SampleDeal {
                name: format!("{short} — {product} ({seats} seats)"),
                company_index,
                contact_index: rng.gen_range(0..contacts.max(1)),
                amount,
                currency: currency.into(),
                history,
                created_days_ago,
                expected_close_in_days,
                loss_reason: if final_stage == LOST { LOSS_REASONS.choose(&mut rng).unwrap().to_string() } else { String::new() },
                source: LEAD_SOURCES.choose(&mut rng).unwrap().to_string(),
                owner_slot: rng.gen_range(0..3),
            }
        })
        .collect()
}

/// A sample call, e-mail, meeting or note, `days_ago` before today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleActivity {
    pub kind: ActivityKind,
    pub subject: String,
    pub body: String,
    pub days_ago: u32,
    pub duration_minutes: u32,
}

/// The activities on one deal: a few touches between its creation and now (or its close).
pub fn deal_activities(seed: u64, deal_index: usize, deal: &SampleDeal) -> Vec<SampleActivity> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (deal_index as u64).wrapping_mul(0x9E37_79B9));
    let newest = deal.history.last().map_or(0, |h| h.1);
    let count = rng.gen_range(1..6);
    // Most open deals were touched lately; the rest are the rotting ones a manager should see.
    let recent = deal.stage_index() < WON && rng.gen_bool(0.7);
    (0..count)
        .map(|i| {
            let days_ago = if recent && i == 0 {
                rng.gen_range(0..6).min(deal.created_days_ago)
            } else {
                rng.gen_range(newest.min(deal.created_days_ago)..=deal.created_days_ago)
            };
            let (kind, subject, body, minutes) = match rng.gen_range(0..4) {
                0 => (ActivityKind::Call, "Discovery call", "Walked through their current process and pain points.", 30),
                1 => (ActivityKind::Email, "Sent pricing overview", "Shared the pricing sheet and two case studies.", 0),
                2 => (ActivityKind::Meeting, "Demo with the team", "Demoed reporting and integrations; asked for a trial.", 60),
                _ => (ActivityKind::Note, "", "Champion says procurement needs a security questionnaire.", 0),
            };
            SampleActivity { kind, subject: subject.into(), body: body.into(), days_ago, duration_minutes: minutes }
        })
        .collect()
}

/// A sample follow-up task about one of the first sample people.
pub struct SampleTask {
    pub title: &'static str,
    pub kind: TaskKind,
    pub priority: Priority,
    /// Days from today (negative: overdue or done in the past).
    pub due_in_days: i64,
    /// "HH:MM", or "" for all day.
    pub due_time: String,
    pub person_index: usize,
    pub remind_minutes_before: Option<u32>,
    pub done: bool,
}

/// Follow-ups spread from a week ago to three weeks ahead: some overdue, a few done, most with
/// a reminder, half at a time of day.
pub fn tasks(seed: u64, count: usize, people: usize) -> Vec<SampleTask> {
    const KINDS: &[(TaskKind, &[&str])] = &[
        (
            TaskKind::Call,
            &["Call about renewal terms", "Check in after the demo", "Confirm the budget owner", "Call to book the security review"],
        ),
        (TaskKind::Email, &["Send the pricing sheet", "Send the case study", "Follow up on the proposal", "Share the onboarding plan"]),
        (TaskKind::Meeting, &["Discovery meeting", "Demo for the wider team", "Negotiation call with procurement"]),
        (TaskKind::Todo, &["Prepare the proposal", "Update the mutual action plan", "Ask legal about the MSA redlines"]),
    ];
    let mut rng = ChaCha8Rng::seed_from_u64(seed.wrapping_mul(977).wrapping_add(11));
    (0..count)
        .map(|_| {
            let (kind, titles) = KINDS.choose(&mut rng).expect("kinds");
            let due_in_days = rng.gen_range(-6..21);
            let timed = *kind == TaskKind::Meeting || rng.gen_bool(0.5);
            let due_time = if timed { format!("{:02}:{:02}", rng.gen_range(9..17), [0, 30][rng.gen_range(0..2)]) } else { String::new() };
            SampleTask {
                title: titles.choose(&mut rng).expect("titles"),
                kind: *kind,
                priority: if rng.gen_bool(0.2) { Priority::High } else { Priority::Normal },
                due_in_days,
                remind_minutes_before: rng.gen_bool(0.7).then_some(if timed { 15 } else { 0 }),
                due_time,
                person_index: rng.gen_range(0..people.max(1)),
                done: due_in_days < -2 && rng.gen_bool(0.5),
            }
        })
        .collect()
}

/// A real number range of each country (a capital's landlines, or mobiles), so sample phones
/// are valid numbers: the national prefix and how many digits follow it.
fn phone_plan(country: &str) -> (&'static str, u32) {
    match country {
        "United States" => ("202 555", 4),
        "United Kingdom" => ("20 7946", 4),
        "Spain" => ("91 5", 6),
        "Germany" => ("30 2", 7),
        "France" => ("1 4", 7),
        "Netherlands" => ("20 5", 6),
        "Brazil" => ("11 9", 8),
        "Japan" => ("3 5", 7),
        "India" => ("22 6", 7),
        _ => ("202 555", 4),
    }
}

/// One of `choices`, picked in proportion to its weight.
fn weighted<'a, T>(rng: &mut ChaCha8Rng, choices: &'a [(T, u32)]) -> &'a T {
    let total: u32 = choices.iter().map(|c| c.1).sum();
    let mut pick = rng.gen_range(0..total);
    for (choice, weight) in choices {
        if pick < *weight {
            return choice;
        }
        pick -= weight;
    }
    &choices[choices.len() - 1].0
}

const LIFECYCLE: &[(LifecycleStage, u32)] = &[
    (LifecycleStage::Subscriber, 18),
    (LifecycleStage::Lead, 30),
    (LifecycleStage::MarketingQualified, 16),
    (LifecycleStage::SalesQualified, 10),
    (LifecycleStage::Opportunity, 9),
    (LifecycleStage::Customer, 14),
    (LifecycleStage::Evangelist, 3),
];
const LEAD_SOURCES: &[&str] =
    &["Webinar", "Website form", "Referral", "Trade show", "Outbound", "Paid search", "Partner", "Content download"];
const SAMPLE_TAGS: &[&str] = &["VIP", "Champion", "Budget holder", "Q4 push", "Renewal risk", "Newsletter"];

fn ascii_fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'Á' => 'a',
            'é' | 'è' | 'ê' | 'É' => 'e',
            'í' | 'Í' => 'i',
            'ó' | 'ô' | 'ö' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lifecycle_history_climbs_to_the_current_stage_within_the_contacts_life() {
        for salt in 0..300u64 {
            let stage = LIFECYCLE[salt as usize % LIFECYCLE.len()].0;
            let days = (salt as u32 * 7) % 540;
            let history = lifecycle_history(stage, days, salt);
            assert_eq!(history.last().map(|h| h.0), Some(stage));
            assert_eq!(history[0].1, days * 24, "the first stay starts when the contact was created");
            assert!(history.windows(2).all(|w| w[1].1 <= w[0].1), "{history:?}");
            assert!(history.windows(2).all(|w| w[0].0 != w[1].0), "{history:?}");
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_workspace() {
        let a = companies(DEFAULT_SEED, 300);
        let b = companies(DEFAULT_SEED, 300);
        assert_eq!(a, b);
        let ca: Vec<_> = contacts(DEFAULT_SEED, &a).take(50).collect();
        let cb: Vec<_> = contacts(DEFAULT_SEED, &b).take(50).collect();
        assert_eq!(ca, cb);
        assert_ne!(companies(1, 10), companies(2, 10));
    }

    #[test]
    fn sample_deals_walk_the_pipeline_forwards_in_time() {
        let companies = companies(DEFAULT_SEED, 50);
        let deals = deals(DEFAULT_SEED, &companies, 100, 200);
        assert_eq!(deals, super::deals(DEFAULT_SEED, &companies, 100, 200));
        for deal in &deals {
            assert!(deal.history.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 >= w[1].1), "{deal:?}");
            assert_eq!(deal.loss_reason.is_empty(), deal.stage_index() != LOST);
            assert!(deal.amount.parse::<rust_decimal::Decimal>().is_ok());
            if deal.stage_index() < WON {
                assert!(deal.created_days_ago < 150, "an open deal is months old, not years: {deal:?}");
            }
        }
        assert!(deals.iter().any(|d| d.stage_index() >= WON && d.created_days_ago > 300), "closed deals reach back over a year");
        let won = deals.iter().filter(|d| d.stage_index() == WON).count();
        assert!((10..60).contains(&won), "{won} won of 200");
    }

    #[test]
    fn sample_people_are_valid_contacts() {
        let companies = companies(DEFAULT_SEED, 300);
        let names: std::collections::HashSet<_> = companies.iter().map(|c| &c.name).collect();
        assert_eq!(names.len(), 300);
        for contact in contacts(DEFAULT_SEED, &companies).take(3_000) {
            assert!(contact.updated_days_ago <= contact.created_days_ago);
            let clean = contact.input.validate().expect("generated contact must validate");
            assert!(clean.email.is_ascii(), "{}", clean.email);
        }
    }
}
