//! The dashboard as a PDF report and its tables as CSV files, written to the export folder.
//! The report is typeset like a proposal (`tandem_typeset::Typesetter::render_report`): the same
//! figures as the screen, with bars drawn by the template, never a screenshot.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use tandem_typeset::{format_amount, format_number, Bar, BarChart, Report, ReportColumn, ReportFigure, ReportSection, ReportTable};

use crate::dashboard::{Dashboard, DashboardFilter, DashboardOptions, DashboardTable, Figure};
use crate::dto::ExportResult;
use crate::error::{AppError, ErrorCode};
use crate::proposals::typesetter;
use crate::App;

/// The report's headings and bars: the app's accent.
const REPORT_COLOUR: &str = "#4F46E5";

impl App {
    /// Writes the dashboard for `filter` as a PDF report and returns where.
    pub fn export_dashboard_report(&self, filter: &DashboardFilter) -> Result<ExportResult, AppError> {
        let dashboard = self.dashboard(filter)?;
        let options = self.dashboard_options()?;
        let settings = self.get_settings()?;
        let zone: chrono_tz::Tz = settings.time_zone.parse().unwrap_or(chrono_tz::UTC);
        let today = chrono::Utc::now().with_timezone(&zone).date_naive();
        let report = Report {
            organisation: settings.name.clone(),
            title: "Sales and marketing dashboard".into(),
            subtitle: describe_filter(filter, &options),
            issued_on: today,
            note: currency_note(&dashboard),
            colour: REPORT_COLOUR.into(),
            sections: sections(&dashboard),
        };
        let pdf = typesetter().render_report(&report).map_err(|e| AppError::new(ErrorCode::Validation, e.to_string()));
        typesetter().evict_cache();
        let path = self.paths().write_export("Tandem dashboard", "pdf", &pdf?)?;
        Ok(ExportResult { path: path.display().to_string() })
    }

    /// Writes one dashboard table as CSV and returns where.
    pub fn export_dashboard_table(&self, filter: &DashboardFilter, table: DashboardTable) -> Result<ExportResult, AppError> {
        let csv = self.dashboard_csv(filter, table)?;
        let path = self.paths().write_export(&format!("Tandem {}", table.file_stem()), "csv", csv.as_bytes())?;
        Ok(ExportResult { path: path.display().to_string() })
    }
}

/// "1 Oct 2026 – 31 Dec 2026 · Sam Lee · Spring webinar · first touch".
fn describe_filter(filter: &DashboardFilter, options: &DashboardOptions) -> String {
    let day = |text: &str| {
        chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map(|d| d.format("%-d %b %Y").to_string()).unwrap_or_else(|_| text.to_owned())
    };
    let mut parts = vec![format!("{} – {}", day(&filter.period_start), day(&filter.period_end))];
    let label = |id: &Option<String>, choices: &[crate::dashboard::DashboardChoice]| {
        id.as_ref().map(|id| choices.iter().find(|c| &c.id == id).map_or_else(|| id.clone(), |c| c.label.clone()))
    };
    parts.extend(label(&filter.owner_id, &options.owners));
    parts.extend(label(&filter.team_id, &options.teams).map(|t| format!("team {t}")));
    parts.extend(label(&filter.campaign_id, &options.campaigns));
    parts.extend(label(&filter.region, &options.regions));
    parts.extend(label(&filter.product_id, &options.products));
    parts.push(match filter.attribution {
        crate::dashboard::Attribution::FirstTouch => "first-touch attribution".into(),
        crate::dashboard::Attribution::LastTouch => "last-touch attribution".into(),
    });
    parts.join(" · ")
}

fn currency_note(dashboard: &Dashboard) -> String {
    let mut note = format!("Amounts in {}, converted with the exchange rate valid on each deal's date.", dashboard.base_currency);
    if !dashboard.unconverted_currencies.is_empty() {
        note.push_str(&format!(" No rate for {}: those deals are left out of the sums.", dashboard.unconverted_currencies.join(", ")));
    }
    note
}

fn sections(d: &Dashboard) -> Vec<ReportSection> {
    let money = |amount: &str| if amount.is_empty() { "—".to_owned() } else { format_amount(&d.base_currency, amount) };
    let count = |figure: &Figure| if figure.value.is_empty() { "—".to_owned() } else { format_number(&figure.value) };
    let percent = |p: Option<u32>| p.map_or_else(|| "—".to_owned(), |p| format!("{p}%"));
    let days = |m: &Option<String>| m.as_ref().map_or_else(|| "—".to_owned(), |m| format!("{m} d"));
    let column = |label: &str, numeric: bool| ReportColumn { label: label.into(), numeric };
    let new_leads = d.funnel.first().map(|s| count(&s.count)).unwrap_or_else(|| "—".into());

    let headline = ReportSection {
        title: "Headline figures".into(),
        figures: vec![
            figure("New leads", &new_leads, &format!("{} became customers", percent(d.lead_to_customer_percent))),
            figure("Win rate", &percent(d.win_rate_percent), &format!("{} won · {} lost", count(&d.won), count(&d.lost))),
            figure("Average deal", &money(&d.average_deal_value.value), "won in the period"),
            figure("Sales cycle", &days(&d.sales_cycle_median_days), "median, created to won"),
            figure("Marketing-sourced", &money(&d.sourced_revenue.value), &format!("influenced {}", money(&d.influenced_revenue.value))),
            figure(
                "Acquisition cost",
                &money(&d.customer_acquisition_cost.value),
                &format!("per customer · {} new", count(&d.new_customers)),
            ),
        ],
        charts: Vec::new(),
        tables: Vec::new(),
    };

    let largest_lead = d.funnel.iter().map(|s| amount_of(&s.count.value)).max().unwrap_or_default();
    let funnel = ReportSection {
        title: "Marketing funnel".into(),
        figures: Vec::new(),
        charts: vec![BarChart {
            title: "Leads created in the period, by the furthest stage reached".into(),
            bars: d
                .funnel
                .iter()
                .map(|s| Bar {
                    label: s.label.clone(),
                    value: count(&s.count),
                    per_mille: share(&s.count.value, largest_lead),
                    inner_per_mille: None,
                })
                .collect(),
        }],
        tables: vec![ReportTable {
            title: "Conversion and time in stage".into(),
            columns: vec![column("Stage", false), column("Leads", true), column("Conversion", true), column("Median time", true)],
            rows: d
                .funnel
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let conversion = if i == 0 { String::new() } else { percent(s.conversion_percent) };
                    vec![s.label.clone(), count(&s.count), conversion, days(&s.median_days)]
                })
                .collect(),
        }],
    };

    let pipeline = ReportSection {
        title: "Pipeline and forecast".into(),
        figures: vec![
            figure("Open pipeline", &money(&d.pipeline_total), "all open deals today"),
            figure("Weighted", &money(&d.pipeline_weighted), "by each stage's probability"),
        ],
        charts: vec![
            weighted_bars(
                "Open deals by stage (dark: amount, light: weighted)",
                d.pipeline.iter().map(|s| (&s.stage, &s.amount.value, &s.weighted)),
                money,
            ),
            weighted_bars(
                "Forecast by quarter of expected close (dark: amount, light: weighted)",
                d.forecast.iter().map(|q| (&q.label, &q.amount.value, &q.weighted)),
                money,
            ),
        ],
        tables: Vec::new(),
    };

    let slices = |title: &str, key: &str, slices: &[crate::dashboard::Slice]| ReportTable {
        title: title.into(),
        columns: vec![column(key, false), column("Deals", true), column("Won", true)],
        rows: slices.iter().map(|s| vec![s.label.clone(), s.deals.to_string(), money(&s.amount.value)]).collect(),
    };
    let revenue = ReportSection {
        title: "Won revenue".into(),
        figures: Vec::new(),
        charts: Vec::new(),
        tables: vec![
            slices("By owner", "Owner", &d.revenue_by_owner),
            slices("By region", "Region", &d.revenue_by_region),
            slices("By product line", "Product", &d.revenue_by_product),
            ReportTable {
                title: "Quota attainment".into(),
                columns: vec![
                    column("Owner", false),
                    column("Quarter", false),
                    column("Quota", true),
                    column("Won", true),
                    column("Attainment", true),
                ],
                rows: d
                    .quotas
                    .iter()
                    .map(|q| vec![q.owner.clone(), q.period.clone(), money(&q.quota), money(&q.won.value), percent(q.percent)])
                    .collect(),
            },
            ReportTable {
                title: "Sales cycle by company size".into(),
                columns: vec![column("Company size", false), column("Won deals", true), column("Median", true)],
                rows: d.cycle_by_segment.iter().map(|s| vec![s.segment.clone(), count(&s.deals), days(&s.median_days)]).collect(),
            },
        ],
    };

    let joint = ReportSection {
        title: "Campaigns and content".into(),
        figures: Vec::new(),
        charts: Vec::new(),
        tables: vec![
            ReportTable {
                title: "Campaigns".into(),
                columns: ["Campaign", "Leads", "MQL", "SQL", "Customers", "Cost", "Revenue", "ROI"]
                    .iter()
                    .enumerate()
                    .map(|(i, label)| column(label, i > 0))
                    .collect(),
                rows: d
                    .campaigns
                    .iter()
                    .map(|c| {
                        vec![
                            c.name.clone(),
                            count(&c.leads),
                            count(&c.mqls),
                            count(&c.sqls),
                            count(&c.customers),
                            money(&c.cost),
                            money(&c.revenue.value),
                            c.roi_percent.map_or_else(|| "—".to_owned(), |r| format!("{r}%")),
                        ]
                    })
                    .collect(),
            },
            ReportTable {
                title: "Content effectiveness".into(),
                columns: vec![column("Item", false), column("Uses", true), column("Won", true), column("Win rate", true)],
                rows: d
                    .content
                    .iter()
                    .map(|c| vec![c.title.clone(), c.uses.to_string(), count(&c.won), percent(c.win_rate_percent)])
                    .collect(),
            },
        ],
    };
    vec![headline, funnel, pipeline, revenue, joint]
}

/// Bars of amounts, each with its weighted share drawn under it, scaled to the largest amount.
fn weighted_bars<'a>(
    title: &str,
    rows: impl Iterator<Item = (&'a String, &'a String, &'a String)> + Clone,
    money: impl Fn(&str) -> String,
) -> BarChart {
    let largest = rows.clone().map(|(_, amount, _)| amount_of(amount)).max().unwrap_or_default();
    BarChart {
        title: title.into(),
        bars: rows
            .map(|(label, amount, weighted)| Bar {
                label: label.clone(),
                value: money(amount),
                per_mille: share(amount, largest),
                inner_per_mille: Some(share(weighted, largest)),
            })
            .collect(),
    }
}

fn figure(label: &str, value: &str, detail: &str) -> ReportFigure {
    ReportFigure { label: label.into(), value: value.into(), detail: detail.into() }
}

/// Decimal text as a whole number of cents, for comparing bar lengths; blanks and negatives are 0.
fn amount_of(text: &str) -> u128 {
    let cents = text.parse::<Decimal>().unwrap_or_default() * Decimal::from(100);
    cents.round().to_u128().unwrap_or(0)
}

fn share(text: &str, largest: u128) -> u16 {
    tandem_typeset::per_mille(amount_of(text), largest)
}
