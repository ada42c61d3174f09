//! Pipelines and their ordered stages.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use tandem_domain::pipeline::{default_stages, Pipeline, PipelineInput, Stage, StageKind};

use crate::tables::{PIPELINES, PIPELINE_STAGES};
use crate::{new_id, StoreError, Writer};

/// The default pipeline has fixed ids, so two devices that each create it make the same records.
pub const DEFAULT_PIPELINE_ID: &str = "pipeline-default";

/// Every live pipeline with its stages in board order.
pub fn list(conn: &Connection) -> Result<Vec<Pipeline>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT id, name FROM pipelines WHERE deleted = 0 ORDER BY position, name, id")?;
    let heads: Vec<(String, String)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
    heads.into_iter().map(|(id, name)| Ok(Pipeline { stages: stages(conn, &id)?, id, name })).collect()
}

pub fn get(conn: &Connection, id: &str) -> Result<Pipeline, StoreError> {
    let name: String = conn
        .prepare_cached("SELECT name FROM pipelines WHERE id = ?1 AND deleted = 0")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::NotFound { what: "Pipeline".into() })?;
    Ok(Pipeline { id: id.to_owned(), name, stages: stages(conn, id)? })
}

fn stages(conn: &Connection, pipeline_id: &str) -> Result<Vec<Stage>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, kind, probability, rot_days FROM pipeline_stages WHERE pipeline_id = ?1 AND deleted = 0 ORDER BY position, id",
    )?;
    let rows = stmt.query_map([pipeline_id], stage_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn stage_from_row(r: &rusqlite::Row) -> rusqlite::Result<Stage> {
    Ok(Stage {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: StageKind::parse(&r.get::<_, String>(2)?).unwrap_or(StageKind::Open),
        probability: r.get(3)?,
        rot_days: r.get(4)?,
    })
}

/// One live stage and the pipeline it belongs to.
pub fn stage(conn: &Connection, stage_id: &str) -> Result<(Stage, String), StoreError> {
    conn.prepare_cached("SELECT id, name, kind, probability, rot_days, pipeline_id FROM pipeline_stages WHERE id = ?1 AND deleted = 0")?
        .query_row([stage_id], |r| Ok((stage_from_row(r)?, r.get(5)?)))
        .optional()?
        .ok_or_else(|| StoreError::NotFound { what: "Pipeline stage".into() })
}

/// Writes a validated pipeline and its stages in the given order. A stage left out is removed,
/// unless deals are still in it: those must be moved first.
pub fn save(w: &mut Writer, id: Option<&str>, input: &PipelineInput) -> Result<String, StoreError> {
    let pipeline_id = match id {
        Some(id) => {
            let current = get(w.conn(), id)?;
            if current.name != input.name {
                w.set(&PIPELINES, id, &[("name", input.name.clone().into())])?;
            }
            id.to_owned()
        }
        None => {
            let position: f64 = w.conn().query_row("SELECT coalesce(max(position), 0) + 1 FROM pipelines", [], |r| r.get(0))?;
            w.save(&PIPELINES, None, &[("name", input.name.clone().into()), ("position", Value::Real(position))])?
        }
    };
    write_stages(w, &pipeline_id, input, |_| new_id())?;
    Ok(pipeline_id)
}

fn write_stages(
    w: &mut Writer,
    pipeline_id: &str,
    input: &PipelineInput,
    new_stage_id: impl Fn(usize) -> String,
) -> Result<(), StoreError> {
    let current = stages(w.conn(), pipeline_id)?;
    for gone in current.iter().filter(|s| !input.stages.iter().any(|i| i.id.as_deref() == Some(s.id.as_str()))) {
        let deals: i64 = w.conn().query_row("SELECT count(*) FROM deals WHERE stage_id = ?1 AND deleted = 0", [&gone.id], |r| r.get(0))?;
        if deals > 0 {
            return Err(StoreError::Refused(format!(
                "'{}' still holds {deals} deal{}; move {} to another stage before removing it.",
                gone.name,
                if deals == 1 { "" } else { "s" },
                if deals == 1 { "it" } else { "them" }
            )));
        }
        w.soft_delete(&PIPELINE_STAGES, &gone.id)?;
    }
    for (index, stage) in input.stages.iter().enumerate() {
        let fields: Vec<(&str, Value)> = vec![
            ("pipeline_id", pipeline_id.to_owned().into()),
            ("name", stage.name.clone().into()),
            ("kind", stage.kind.as_str().to_owned().into()),
            ("probability", Value::Integer(stage.probability.into())),
            ("rot_days", Value::Integer(stage.rot_days.into())),
            ("position", Value::Real(index as f64 + 1.0)),
        ];
        match stage.id.as_deref().and_then(|id| current.iter().position(|s| s.id == id).map(|at| (id, at))) {
            Some((id, at)) => {
                let old = &current[at];
                let unchanged = old.name == stage.name
                    && old.kind == stage.kind
                    && old.probability == stage.probability
                    && old.rot_days == stage.rot_days
                    && at == index;
                if !unchanged {
                    w.set(&PIPELINE_STAGES, id, &fields)?;
                }
            }
            None => w.create(&PIPELINE_STAGES, &new_stage_id(index), &fields)?,
        }
    }
    Ok(())
}

/// Creates the default pipeline unless a live pipeline exists; returns the pipeline to use.
pub fn ensure_default(w: &mut Writer) -> Result<String, StoreError> {
    let existing: Option<String> =
        w.conn().query_row("SELECT id FROM pipelines WHERE deleted = 0 ORDER BY position, id LIMIT 1", [], |r| r.get(0)).optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let input = PipelineInput { name: "Sales pipeline".into(), stages: default_stages() };
    w.create(&PIPELINES, DEFAULT_PIPELINE_ID, &[("name", input.name.clone().into()), ("position", Value::Real(1.0))])?;
    write_stages(w, DEFAULT_PIPELINE_ID, &input, |index| format!("{DEFAULT_PIPELINE_ID}-stage-{}", index + 1))?;
    Ok(DEFAULT_PIPELINE_ID.to_owned())
}
