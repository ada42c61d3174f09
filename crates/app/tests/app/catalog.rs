//! The catalog: tax rates and products kept by admins and sales managers, SKUs unique, bundles of
//! single products, and the CSV round trip that imports all or nothing.

use tandem_app::dto::WorkspaceChoice;
use tandem_app::ErrorCode;
use tandem_domain::catalog::{Price, ProductInput, ProductPartInput, ProductUnit, WorkspaceTaxRateInput};
use tandem_domain::member::{MemberInput, Role};
use tandem_domain::quote::Billing;

use crate::support::{me, workspace, TestWorkspace};

fn as_role(ws: &TestWorkspace, role: Role) {
    ws.app.update_profile(MemberInput { role, ..me() }).unwrap();
}

fn product(sku: &str, eur: &str) -> ProductInput {
    ProductInput {
        sku: sku.into(),
        name: format!("{sku} seat"),
        description: String::new(),
        unit: ProductUnit::Seat,
        billing: Billing::Monthly,
        tax_rate_ids: vec![],
        cost: String::new(),
        max_discount: String::new(),
        active: true,
        prices: vec![Price { currency: "EUR".into(), unit_price: eur.into() }],
        parts: vec![],
    }
}

#[test]
fn admins_keep_the_catalog_and_skus_stay_unique() {
    let ws = workspace(WorkspaceChoice::Empty);
    let refused =
        ws.app.save_tax_rate(None, WorkspaceTaxRateInput { name: "VAT 20%".into(), percent: "20".into(), active: true }).unwrap_err();
    assert_eq!(refused.code, ErrorCode::Forbidden, "sellers read the catalog only");
    as_role(&ws, Role::SalesManager);
    let vat =
        ws.app.save_tax_rate(None, WorkspaceTaxRateInput { name: "VAT 20%".into(), percent: "20".into(), active: true }).unwrap().remove(0);
    let seat = ws.app.save_product(None, ProductInput { tax_rate_ids: vec![vat.id.clone()], ..product("SEC", "40.00") }).unwrap();
    assert_eq!((seat.tax_rates[0].name.as_str(), seat.prices[0].unit_price.as_str()), ("VAT 20%", "40.00"));
    let taken = ws.app.save_product(None, product("sec", "1")).unwrap_err();
    assert_eq!((taken.fields[0].field.as_str(), taken.fields[0].message.as_str()), ("sku", "SKU sec is already used by “SEC seat”."));
    // Saving it unchanged writes nothing new; changing one price writes that price.
    ws.app.save_product(Some(seat.id.clone()), seat.to_input()).unwrap();
    let repriced = ws.app.save_product(Some(seat.id.clone()), product("SEC", "45.00")).unwrap();
    assert_eq!(repriced.prices[0].unit_price, "45.00");
    assert!(repriced.tax_rates.is_empty());

    let kit =
        ProductInput { parts: vec![ProductPartInput { product_id: seat.id.clone(), quantity: "5".into() }], ..product("KIT", "199.00") };
    let kit = ws.app.save_product(None, kit).unwrap();
    assert_eq!(kit.parts[0].sku, "SEC");
    let nested =
        ProductInput { parts: vec![ProductPartInput { product_id: kit.id.clone(), quantity: "1".into() }], ..product("MEGA", "1.00") };
    assert!(ws.app.save_product(None, nested).unwrap_err().message.contains("is a bundle itself"));
    let seat_as_bundle =
        ProductInput { parts: vec![ProductPartInput { product_id: kit.id.clone(), quantity: "1".into() }], ..product("SEC", "45.00") };
    assert!(ws.app.save_product(Some(seat.id.clone()), seat_as_bundle).unwrap_err().message.contains("is a part of “KIT seat”"));
    assert_eq!(
        ws.app.delete_product(&seat.id).unwrap_err().message,
        "“SEC seat” is a part of “KIT seat”; take it out of the bundle first."
    );
    assert_eq!(ws.app.list_products("kit").unwrap().len(), 1);
}

#[test]
fn a_catalog_file_round_trips_and_a_bad_one_imports_nothing() {
    let ws = workspace(WorkspaceChoice::Empty);
    as_role(&ws, Role::Admin);
    let vat =
        ws.app.save_tax_rate(None, WorkspaceTaxRateInput { name: "VAT 20%".into(), percent: "20".into(), active: true }).unwrap().remove(0);
    let seat = ws.app.save_product(None, ProductInput { tax_rate_ids: vec![vat.id], ..product("SEC", "40.00") }).unwrap();
    let exported = std::fs::read_to_string(ws.app.export_catalog().unwrap().path).unwrap();
    assert!(exported.contains("SEC,SEC seat,,seat,monthly,,yes,VAT 20%,,40.00"), "{exported}");

    let edited = exported.replace("40.00", "42.50")
        + "KIT,Starter kit,,item,one_time,,yes,,SEC x 5,199.00\r\nANL,Analytics seat,,seat,monthly,,yes,VAT 20%,,55.00\r\n";
    let report = ws.app.import_catalog(edited.as_bytes()).unwrap();
    assert_eq!((report.created, report.updated), (2, 1));
    assert_eq!(ws.app.get_product(&seat.id).unwrap().prices[0].unit_price, "42.50");
    let kit = ws.app.list_products("KIT").unwrap().remove(0);
    assert_eq!((kit.parts[0].sku.as_str(), kit.parts[0].quantity.as_str()), ("SEC", "5"));

    // Every problem at once: the reader's (a bad price) and the catalog's (unknown tax, unknown part).
    let bad = "sku,name,taxes,bundle_parts,price_EUR\r\nNEW,New seat,,,10\r\nSEC,Seat,VAT 7%,,4O\r\nBOX,Box,,NOPE x 1,5\r\n";
    let err = ws.app.import_catalog(bad.as_bytes()).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(err.message, "Nothing was imported: 3 problems in the file, each listed by its line.");
    let listed: Vec<(&str, &str)> = err.fields.iter().map(|f| (f.field.as_str(), f.message.as_str())).collect();
    assert_eq!(listed[0].0, "line 3");
    assert!(listed.iter().any(|(line, m)| *line == "line 3" && m.starts_with("No tax rate is named “VAT 7%”")), "{listed:?}");
    assert!(listed.iter().any(|(line, m)| *line == "line 3" && m.contains("'4O' is not a price")), "{listed:?}");
    assert_eq!(listed[2], ("line 4", "Bundle part NOPE is not in the catalog or the file."));
    assert!(ws.app.list_products("NEW").unwrap().is_empty(), "the good row went nowhere either");
}
