//! The catalog as CSV: one product per row, one `price_<CURRENCY>` column per currency, taxes by
//! name and bundle parts by SKU. Reading checks every row and names each problem's line, so an
//! import is all or nothing.

use tandem_domain::catalog::{check_price, Price, Product, ProductUnit};
use tandem_domain::quote::Billing;

use crate::csv_read::read_csv;
use crate::csv_write::neutralise;
use crate::error::ReadError;
use crate::normalize::unneutralise;
use crate::record::Limits;

const BOM: &[u8] = b"\xef\xbb\xbf";
const FIXED: [&str; 9] = ["sku", "name", "description", "unit", "billing", "cost", "active", "taxes", "bundle_parts"];
const PRICE_PREFIX: &str = "price_";

/// A product as a catalog file says it; taxes and parts still by name and SKU.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogRow {
    pub line: u64,
    pub sku: String,
    pub name: String,
    pub description: String,
    pub unit: ProductUnit,
    pub billing: Billing,
    pub cost: String,
    pub active: bool,
    pub tax_names: Vec<String>,
    /// (SKU, quantity).
    pub parts: Vec<(String, String)>,
    pub prices: Vec<Price>,
}

/// A catalog file read row by row: every row as far as it could be read, and what was wrong with
/// which line, so the caller can add its own checks and report everything at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogFile {
    pub rows: Vec<CatalogRow>,
    pub problems: Vec<CatalogProblem>,
}

/// One thing wrong with a catalog file, on the line a text editor shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogProblem {
    pub line: u64,
    pub message: String,
}

/// UTF-8 with a BOM and CRLF (Excel reads it right), formula-looking cells neutralised.
pub fn write_catalog(products: &[Product]) -> Vec<u8> {
    let mut currencies: Vec<&str> = products.iter().flat_map(|p| p.prices.iter().map(|price| price.currency.as_str())).collect();
    currencies.sort_unstable();
    currencies.dedup();
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(BOM.to_vec());
    let header: Vec<String> = FIXED.iter().map(|h| h.to_string()).chain(currencies.iter().map(|c| format!("{PRICE_PREFIX}{c}"))).collect();
    writer.write_record(&header).expect("writing to memory");
    for p in products {
        let taxes = p.tax_rates.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join("; ");
        let parts = p.parts.iter().map(|part| format!("{} x {}", part.sku, part.quantity)).collect::<Vec<_>>().join("; ");
        let mut cells = vec![
            p.sku.clone(),
            p.name.clone(),
            p.description.clone(),
            p.unit.as_str().to_owned(),
            p.billing.as_str().to_owned(),
            p.cost.clone(),
            if p.active { "yes" } else { "no" }.to_owned(),
            taxes,
            parts,
        ];
        cells.extend(
            currencies
                .iter()
                .map(|c| p.prices.iter().find(|price| price.currency == *c).map(|price| price.unit_price.clone()).unwrap_or_default()),
        );
        writer.write_record(cells.iter().map(|c| neutralise(c))).expect("writing to memory");
    }
    writer.into_inner().expect("writing to memory")
}

/// Every row of a catalog file with the problems of its rows; Err when the file as a whole can't
/// be read (not CSV, no SKU or name or price column).
pub fn read_catalog(bytes: &[u8]) -> Result<CatalogFile, Vec<CatalogProblem>> {
    let table = read_csv(bytes, &Limits::default()).map_err(|e| vec![CatalogProblem { line: line_of(&e), message: e.to_string() }])?;
    let headers: Vec<String> = table.headers.iter().map(|h| h.trim().to_lowercase()).collect();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let missing: Vec<&str> = ["sku", "name"].into_iter().filter(|h| column(h).is_none()).collect();
    if !missing.is_empty() {
        return Err(vec![CatalogProblem { line: 1, message: format!("The header has no {} column.", missing.join(" or ")) }]);
    }
    let prices: Vec<(usize, String)> =
        headers.iter().enumerate().filter_map(|(i, h)| h.strip_prefix(PRICE_PREFIX).map(|c| (i, c.to_uppercase()))).collect();
    if prices.is_empty() {
        return Err(vec![CatalogProblem {
            line: 1,
            message: "The header has no price column; name them like price_EUR, price_USD.".into(),
        }]);
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut skus: Vec<(String, u64)> = Vec::new();
    for row in &table.rows {
        let cell = |name: &str| column(name).and_then(|i| row.cells.get(i)).map(|c| unneutralise(c.trim()).to_owned()).unwrap_or_default();
        let mut fail = |message: String| problems.push(CatalogProblem { line: row.line, message });
        for problem in &row.problems {
            fail(problem.clone());
        }
        let sku = cell("sku");
        if sku.is_empty() {
            fail("The SKU is empty.".into());
        } else if let Some((_, first)) = skus.iter().find(|(s, _)| s.eq_ignore_ascii_case(&sku)) {
            fail(format!("SKU {sku} is also on line {first}."));
        } else {
            skus.push((sku.clone(), row.line));
        }
        if cell("name").is_empty() {
            fail("The name is empty.".into());
        }
        let unit = match cell("unit").to_lowercase().as_str() {
            "" => ProductUnit::Item,
            text => ProductUnit::parse(text).unwrap_or_else(|| {
                fail(format!(
                    "Unit '{text}' is not one of {}.",
                    ProductUnit::ALL.iter().map(|u| u.as_str()).collect::<Vec<_>>().join(", ")
                ));
                ProductUnit::Item
            }),
        };
        let billing = match cell("billing").to_lowercase().replace([' ', '-'], "_").as_str() {
            "" => Billing::OneTime,
            text => Billing::parse(text).unwrap_or_else(|| {
                fail(format!("Billing '{text}' is not one_time, monthly or yearly."));
                Billing::OneTime
            }),
        };
        let active = match cell("active").to_lowercase().as_str() {
            "" | "yes" | "true" | "1" => true,
            "no" | "false" | "0" => false,
            other => {
                fail(format!("Active '{other}' is not yes or no."));
                true
            }
        };
        let mut row_prices = Vec::new();
        let mut typed = false;
        for (i, currency) in &prices {
            let amount = row.cells.get(*i).map(|c| c.trim().to_owned()).unwrap_or_default();
            if amount.is_empty() {
                continue;
            }
            typed = true;
            match check_price(currency, &amount) {
                Ok(()) => row_prices.push(Price { currency: currency.clone(), unit_price: amount }),
                Err(message) => fail(format!("price_{currency}: {message}")),
            }
        }
        if !typed {
            fail("The product has no price in any currency.".into());
        }
        let mut parts = Vec::new();
        for part in cell("bundle_parts").split(';').map(str::trim).filter(|p| !p.is_empty()) {
            match part.rsplit_once(" x ") {
                Some((sku, quantity)) if quantity.trim().parse::<rust_decimal::Decimal>().is_ok() => {
                    parts.push((sku.trim().to_owned(), quantity.trim().to_owned()))
                }
                _ => fail(format!("Bundle part '{part}' is not 'SKU x quantity'.")),
            }
        }
        rows.push(CatalogRow {
            line: row.line,
            sku,
            name: cell("name"),
            description: cell("description"),
            unit,
            billing,
            cost: cell("cost"),
            active,
            tax_names: cell("taxes").split(';').map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect(),
            parts,
            prices: row_prices,
        });
    }
    Ok(CatalogFile { rows, problems })
}

fn line_of(error: &ReadError) -> u64 {
    match error {
        ReadError::UnclosedQuote { line } => *line,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tandem_domain::catalog::{ProductPart, WorkspaceTaxRate};

    fn product(sku: &str, prices: &[(&str, &str)]) -> Product {
        Product {
            id: sku.to_lowercase(),
            sku: sku.into(),
            name: format!("{sku} name, \"quoted\""),
            description: "=cmd|' /C calc'!A0".into(),
            unit: ProductUnit::Seat,
            billing: Billing::Monthly,
            tax_rates: vec![WorkspaceTaxRate { id: "t".into(), name: "VAT 20%".into(), percent: "20".into(), active: true }],
            cost: "4.10".into(),
            max_discount: String::new(),
            active: true,
            prices: prices.iter().map(|(c, p)| Price { currency: (*c).into(), unit_price: (*p).into() }).collect(),
            parts: vec![],
        }
    }

    #[test]
    fn a_written_catalog_reads_back_the_same() {
        let mut bundle = product("KIT", &[("EUR", "99.00")]);
        bundle.parts = vec![ProductPart { product_id: "sec".into(), sku: "SEC".into(), name: String::new(), quantity: "2".into() }];
        let bytes = write_catalog(&[product("SEC", &[("EUR", "40.00"), ("JPY", "6500")]), bundle]);
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("price_EUR,price_JPY"), "{text}");
        assert!(text.contains("'=cmd"), "formulas are neutralised: {text}");
        let file = read_catalog(&bytes).unwrap();
        assert!(file.problems.is_empty(), "{:?}", file.problems);
        let rows = file.rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].description, "=cmd|' /C calc'!A0");
        assert_eq!(rows[0].name, "SEC name, \"quoted\"");
        assert_eq!(
            rows[0].prices,
            vec![Price { currency: "EUR".into(), unit_price: "40.00".into() }, Price { currency: "JPY".into(), unit_price: "6500".into() }]
        );
        assert_eq!(rows[0].tax_names, ["VAT 20%"]);
        assert_eq!(rows[1].parts, [("SEC".to_owned(), "2".to_owned())]);
        assert!(rows[1].prices.iter().all(|p| p.currency == "EUR"), "an empty price cell is no price");
    }

    #[test]
    fn every_bad_row_is_named_by_its_line() {
        let file = "sku,name,unit,billing,price_EUR,price_JPY\r\nA,Seat,seat,monthly,40,\r\nA,Dupe,seat,monthly,1,\r\n,No sku,parsec,weekly,abc,10.5\r\nB,,seat,,,\r\n";
        let read = read_catalog(file.as_bytes()).unwrap();
        assert_eq!(read.rows.len(), 4, "every row is kept for the caller's own checks");
        let problems = read.problems;
        let listed: Vec<(u64, &str)> = problems.iter().map(|p| (p.line, p.message.as_str())).collect();
        assert_eq!(
            listed,
            [
                (3, "SKU A is also on line 2."),
                (4, "The SKU is empty."),
                (4, "Unit 'parsec' is not one of seat, hour, day, item, license, project."),
                (4, "Billing 'weekly' is not one_time, monthly or yearly."),
                (4, "price_EUR: 'abc' is not a price; type an amount such as 1200 or 49.90 (a dot for decimals)."),
                (4, "price_JPY: JPY has no decimals; type 10."),
                (5, "The name is empty."),
                (5, "The product has no price in any currency."),
            ]
        );
    }

    #[test]
    fn a_file_without_the_needed_columns_says_so() {
        assert_eq!(read_catalog(b"name,price_EUR\r\nx,1\r\n").unwrap_err()[0].message, "The header has no sku column.");
        assert_eq!(
            read_catalog(b"sku,name\r\nx,y\r\n").unwrap_err()[0].message,
            "The header has no price column; name them like price_EUR, price_USD."
        );
    }
}
