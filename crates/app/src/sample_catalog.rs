//! The sample workspace's catalog: three tax rates and the products a quote starts from, in four
//! currencies, with one bundle.

use tandem_domain::catalog::{Price, ProductInput, ProductPartInput, ProductUnit, WorkspaceTaxRateInput};
use tandem_domain::quote::Billing;
use tandem_store::{catalog, WriteSource};

use crate::{App, AppError};

struct Sample {
    sku: &'static str,
    name: &'static str,
    description: &'static str,
    unit: ProductUnit,
    billing: Billing,
    /// Index into the tax rates below.
    tax: usize,
    cost: &'static str,
    /// Percent; "" for the workspace's overall rule only.
    max_discount: &'static str,
    prices: &'static [(&'static str, &'static str)],
    parts: &'static [(&'static str, &'static str)],
}

const RATES: [(&str, &str); 3] = [("VAT 20%", "20"), ("Reduced VAT 5.5%", "5.5"), ("No VAT", "0")];

const PRODUCTS: [Sample; 7] = [
    Sample {
        sku: "SEC-SEAT",
        name: "Tandem Secure seat",
        description: "Zero-trust access for one person to every app they need.",
        unit: ProductUnit::Seat,
        billing: Billing::Monthly,
        tax: 0,
        cost: "4.10",
        max_discount: "20",
        prices: &[("EUR", "40.00"), ("USD", "43.00"), ("GBP", "34.00"), ("JPY", "6500")],
        parts: &[],
    },
    Sample {
        sku: "ANL-SEAT",
        name: "Tandem Analytics seat",
        description: "Dashboards and forecasts from plant and CRM data, offline on the shop floor.",
        unit: ProductUnit::Seat,
        billing: Billing::Monthly,
        tax: 0,
        cost: "6.00",
        max_discount: "",
        prices: &[("EUR", "55.00"), ("USD", "59.00"), ("GBP", "47.00")],
        parts: &[],
    },
    Sample {
        sku: "SUP-PREM",
        name: "Premium support",
        description: "Four-hour response, a named engineer, quarterly reviews.",
        unit: ProductUnit::Item,
        billing: Billing::Yearly,
        tax: 0,
        cost: "1900.00",
        max_discount: "",
        prices: &[("EUR", "4800.00"), ("USD", "5200.00")],
        parts: &[],
    },
    Sample {
        sku: "ONB-DAY",
        name: "Onboarding day",
        description: "A consultant on site or remote: rollout plan, first suppliers connected.",
        unit: ProductUnit::Day,
        billing: Billing::OneTime,
        tax: 0,
        cost: "450.00",
        max_discount: "",
        prices: &[("EUR", "1200.00"), ("USD", "1300.00"), ("GBP", "1020.00")],
        parts: &[],
    },
    Sample {
        sku: "TRN-HOUR",
        name: "Training hour",
        description: "Live training for admins or end users, up to 12 people.",
        unit: ProductUnit::Hour,
        billing: Billing::OneTime,
        tax: 0,
        cost: "60.00",
        max_discount: "",
        prices: &[("EUR", "150.00"), ("USD", "165.00")],
        parts: &[],
    },
    Sample {
        sku: "BOOK-ZT",
        name: "Zero-trust handbook (e-book)",
        description: "The 120-page field guide, one licence per reader.",
        unit: ProductUnit::License,
        billing: Billing::OneTime,
        tax: 1,
        cost: "",
        max_discount: "",
        prices: &[("EUR", "19.99")],
        parts: &[],
    },
    Sample {
        sku: "PACK-START",
        name: "Secure starter pack",
        description: "One onboarding day and four training hours at a package price.",
        unit: ProductUnit::Item,
        billing: Billing::OneTime,
        tax: 0,
        cost: "",
        max_discount: "",
        prices: &[("EUR", "1650.00"), ("USD", "1790.00")],
        parts: &[("ONB-DAY", "1"), ("TRN-HOUR", "4")],
    },
];

pub(crate) fn add(app: &App) -> Result<(), AppError> {
    app.write(WriteSource::Sample, "", |w| {
        let mut rates = Vec::new();
        for (name, percent) in RATES {
            let input = WorkspaceTaxRateInput { name: name.into(), percent: percent.into(), active: true }.validate()?;
            rates.push(catalog::save_tax_rate(w, None, &input)?);
        }
        for sample in &PRODUCTS {
            let mut parts = Vec::new();
            for (sku, quantity) in sample.parts {
                if let Some(product_id) = catalog::find_by_sku(w.conn(), sku)? {
                    parts.push(ProductPartInput { product_id, quantity: (*quantity).into() });
                }
            }
            let input = ProductInput {
                sku: sample.sku.into(),
                name: sample.name.into(),
                description: sample.description.into(),
                unit: sample.unit,
                billing: sample.billing,
                tax_rate_ids: vec![rates[sample.tax].clone()],
                cost: sample.cost.into(),
                max_discount: sample.max_discount.into(),
                active: true,
                prices: sample
                    .prices
                    .iter()
                    .map(|(currency, amount)| Price { currency: (*currency).into(), unit_price: (*amount).into() })
                    .collect(),
                parts,
            }
            .validate()?;
            catalog::save_product(w, None, &input)?;
        }
        Ok(())
    })
}
