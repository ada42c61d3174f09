//! The catalog quotes are built from: named tax rates, and products and services with a price
//! per currency (a price book per currency), billing, unit, taxes, cost, and bundles whose price
//! is split across their parts when quoted.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::quote::Billing;
use crate::text::{Checker, Invalid};

crate::text_enum! {
    /// What one of a product is counted in.
    pub enum ProductUnit {
        Seat => "seat",
        Hour => "hour",
        Day => "day",
        Item => "item",
        License => "license",
        Project => "project",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkspaceTaxRateInput {
    pub name: String,
    /// Percent, decimal text, 0 to 100 ("20", "5.5").
    pub percent: String,
    pub active: bool,
}

impl WorkspaceTaxRateInput {
    pub fn validate(&self) -> Result<WorkspaceTaxRateInput, Invalid> {
        let mut c = Checker::default();
        let name = c.text("name", "Name", &self.name, 60, false);
        if name.is_empty() {
            c.fail("name", "Name the rate, e.g. 'VAT 20%' or 'Reduced VAT'.");
        }
        let percent = self.percent.trim().to_owned();
        match percent.parse::<Decimal>() {
            Ok(p) if p >= Decimal::ZERO && p <= Decimal::ONE_HUNDRED && p.scale() <= 4 => {}
            Ok(_) => c.fail("percent", "A tax rate is between 0 and 100 percent, with at most 4 decimals."),
            Err(_) => c.fail("percent", format!("'{percent}' is not a percentage; type e.g. 20 or 5.5 (a dot for decimals).")),
        }
        c.finish(WorkspaceTaxRateInput { name, percent, active: self.active })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkspaceTaxRate {
    pub id: String,
    pub name: String,
    pub percent: String,
    pub active: bool,
}

/// A product's price in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Price {
    /// ISO 4217 code.
    pub currency: String,
    /// Decimal text with no more decimals than the currency has (JPY none).
    pub unit_price: String,
}

/// One product inside a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProductPartInput {
    pub product_id: String,
    /// Units of it in one bundle, decimal text.
    pub quantity: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProductInput {
    pub sku: String,
    pub name: String,
    pub description: String,
    pub unit: ProductUnit,
    pub billing: Billing,
    pub tax_rate_ids: Vec<String>,
    /// Cost per unit in the workspace's base currency, for the margin; "" when unknown.
    pub cost: String,
    /// The largest line discount in percent a seller gives without approval; "" for the
    /// workspace's overall rule only.
    #[serde(default)]
    pub max_discount: String,
    pub active: bool,
    pub prices: Vec<Price>,
    /// Set for a bundle: its price is split across these parts when quoted.
    pub parts: Vec<ProductPartInput>,
}

const MAX_PARTS: usize = 50;

impl ProductInput {
    pub fn validate(&self) -> Result<ProductInput, Invalid> {
        let mut c = Checker::default();
        let sku = c.text("sku", "SKU", &self.sku, 64, false);
        if sku.is_empty() {
            c.fail("sku", "Give the product a SKU, e.g. 'SEC-SEAT'; quotes and imports find it by it.");
        }
        let name = c.text("name", "Name", &self.name, 200, false);
        if name.is_empty() {
            c.fail("name", "Name the product as the customer reads it on a quote.");
        }
        let cost = self.cost.trim().to_owned();
        if !cost.is_empty() && !cost.parse::<Decimal>().is_ok_and(|d| d >= Decimal::ZERO) {
            c.fail("cost", format!("'{cost}' is not a cost; type an amount such as 12.50, or leave it empty."));
        }
        let max_discount = self.max_discount.trim().trim_end_matches('%').trim().to_owned();
        if !max_discount.is_empty() && !max_discount.parse::<Decimal>().is_ok_and(|d| d >= Decimal::ZERO && d <= Decimal::ONE_HUNDRED) {
            c.fail("max_discount", format!("'{max_discount}' is not a percent; type 0 to 100, or leave it empty."));
        }
        let mut prices: Vec<Price> = Vec::new();
        for (i, price) in self.prices.iter().enumerate() {
            let field = format!("prices.{i}");
            let currency = price.currency.trim().to_uppercase();
            let amount = price.unit_price.trim().to_owned();
            match check_price(&currency, &amount) {
                Err(message) => c.fail(&field, message),
                Ok(()) if prices.iter().any(|p| p.currency == currency) => c.fail(&field, format!("{currency} has two prices; keep one.")),
                Ok(()) => prices.push(Price { currency, unit_price: amount }),
            }
        }
        if prices.is_empty() {
            c.fail("prices", "Give the product a price in at least one currency.");
        }
        let mut parts: Vec<ProductPartInput> = Vec::new();
        for (i, part) in self.parts.iter().enumerate() {
            let quantity = part.quantity.trim().to_owned();
            if !quantity.parse::<Decimal>().is_ok_and(|q| q > Decimal::ZERO) {
                c.fail(&format!("parts.{i}"), format!("'{quantity}' is not a quantity; a bundle holds at least some of each part."));
            }
            parts.push(ProductPartInput { product_id: part.product_id.clone(), quantity });
        }
        if parts.len() > MAX_PARTS {
            c.fail("parts", format!("A bundle has at most {MAX_PARTS} parts."));
        }
        c.finish(ProductInput {
            sku,
            name,
            description: c_description(&self.description),
            unit: self.unit,
            billing: self.billing,
            tax_rate_ids: self.tax_rate_ids.clone(),
            cost,
            max_discount,
            active: self.active,
            prices,
            parts,
        })
    }
}

fn c_description(text: &str) -> String {
    text.trim().chars().take(5_000).collect()
}

/// Why `amount` is not a price in `currency`, if it is not one.
pub fn check_price(currency: &str, amount: &str) -> Result<(), String> {
    let Some(decimals) = iso_currency::Currency::from_code(currency).and_then(|c| c.exponent()) else {
        return Err(format!("'{currency}' is not a currency code a quote can use (e.g. EUR, USD, JPY)."));
    };
    match amount.parse::<Decimal>() {
        Err(_) => Err(format!("'{amount}' is not a price; type an amount such as 1200 or 49.90 (a dot for decimals).")),
        Ok(value) if value < Decimal::ZERO => Err("A price can't be negative; give discounts on the quote instead.".into()),
        Ok(value) if value.normalize().scale() > u32::from(decimals) => Err(match decimals {
            0 => format!("{currency} has no decimals; type {}.", value.round()),
            n => format!("{currency} has {n} decimals; '{amount}' has more."),
        }),
        Ok(_) => Ok(()),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProductPart {
    pub product_id: String,
    pub sku: String,
    pub name: String,
    pub quantity: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Product {
    pub id: String,
    pub sku: String,
    pub name: String,
    pub description: String,
    pub unit: ProductUnit,
    pub billing: Billing,
    pub tax_rates: Vec<WorkspaceTaxRate>,
    pub cost: String,
    pub max_discount: String,
    pub active: bool,
    pub prices: Vec<Price>,
    pub parts: Vec<ProductPart>,
}

impl Product {
    /// The input that would save this product unchanged.
    pub fn to_input(&self) -> ProductInput {
        ProductInput {
            sku: self.sku.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            unit: self.unit,
            billing: self.billing,
            tax_rate_ids: self.tax_rates.iter().map(|t| t.id.clone()).collect(),
            cost: self.cost.clone(),
            max_discount: self.max_discount.clone(),
            active: self.active,
            prices: self.prices.clone(),
            parts: self.parts.iter().map(|p| ProductPartInput { product_id: p.product_id.clone(), quantity: p.quantity.clone() }).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seat() -> ProductInput {
        ProductInput {
            sku: " SEC-SEAT ".into(),
            name: "Tandem Secure seat".into(),
            description: String::new(),
            unit: ProductUnit::Seat,
            billing: Billing::Monthly,
            tax_rate_ids: vec![],
            cost: "4.10".into(),
            max_discount: String::new(),
            active: true,
            prices: vec![
                Price { currency: "eur".into(), unit_price: "40.00".into() },
                Price { currency: "JPY".into(), unit_price: "6500".into() },
            ],
            parts: vec![],
        }
    }

    #[test]
    fn prices_follow_each_currencys_minor_unit() {
        let clean = seat().validate().unwrap();
        assert_eq!(clean.sku, "SEC-SEAT");
        assert_eq!(clean.prices[0].currency, "EUR");
        let table = [
            ("EUR", "49.90", None),
            ("EUR", "49.905", Some("EUR has 2 decimals; '49.905' has more.")),
            ("JPY", "6500.5", Some("JPY has no decimals; type 6500.")),
            ("JPY", "6500.00", None),
            ("KWD", "1.250", None),
            ("EUR", "-1", Some("A price can't be negative; give discounts on the quote instead.")),
            ("EUR", "1,5", Some("'1,5' is not a price; type an amount such as 1200 or 49.90 (a dot for decimals).")),
            ("XYZ", "1", Some("'XYZ' is not a currency code a quote can use (e.g. EUR, USD, JPY).")),
        ];
        for (currency, amount, error) in table {
            assert_eq!(check_price(currency, amount).err().as_deref(), error, "{currency} {amount}");
        }
    }

    #[test]
    fn a_product_needs_a_sku_a_name_and_one_price_per_currency() {
        let input = ProductInput { sku: "".into(), prices: vec![Price { currency: "EUR".into(), unit_price: "1".into() }; 2], ..seat() };
        let fields: Vec<String> = input.validate().unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["sku", "prices.1"]);
        let priceless = ProductInput { prices: vec![], ..seat() };
        assert_eq!(priceless.validate().unwrap_err().0[0].field, "prices");
    }

    #[test]
    fn tax_rates_are_percentages() {
        let rate = |p: &str| WorkspaceTaxRateInput { name: "VAT".into(), percent: p.into(), active: true }.validate().map(|r| r.percent);
        assert_eq!(rate(" 20 ").unwrap(), "20");
        assert_eq!(rate("5.5").unwrap(), "5.5");
        assert_eq!(rate("120").unwrap_err().0[0].field, "percent");
        assert_eq!(rate("20%").unwrap_err().0[0].message, "'20%' is not a percentage; type e.g. 20 or 5.5 (a dot for decimals).");
    }
}
