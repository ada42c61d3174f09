//! Pipelines: the ordered stages a deal moves through, each with a default win probability and
//! the number of idle days after which a deal in it is "rotting".

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::text::{Checker, Invalid};

crate::text_enum! {
    /// Whether a stage is still in play or closes the deal.
    pub enum StageKind {
        Open => "open",
        Won => "won",
        Lost => "lost",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Stage {
    pub id: String,
    pub name: String,
    pub kind: StageKind,
    /// Percent, 0–100.
    pub probability: u8,
    /// Idle days before a deal here is highlighted; 0 means never.
    pub rot_days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Pipeline {
    pub id: String,
    pub name: String,
    pub stages: Vec<Stage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StageInput {
    /// None for a new stage.
    pub id: Option<String>,
    pub name: String,
    pub kind: StageKind,
    pub probability: u8,
    pub rot_days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PipelineInput {
    pub name: String,
    /// In board order.
    pub stages: Vec<StageInput>,
}

impl PipelineInput {
    pub fn validate(&self) -> Result<PipelineInput, Invalid> {
        let mut c = Checker::default();
        let name = c.text("name", "Pipeline name", &self.name, 80, false);
        if name.is_empty() {
            c.fail("name", "Enter a name for the pipeline.");
        }
        let mut stages = Vec::new();
        for (i, stage) in self.stages.iter().enumerate() {
            let field = format!("stages.{i}");
            let stage_name = c.text(&field, "Stage name", &stage.name, 60, false);
            if stage_name.is_empty() {
                c.fail(&field, format!("Stage {} needs a name.", i + 1));
            } else if stages.iter().any(|s: &StageInput| s.name.to_lowercase() == stage_name.to_lowercase()) {
                c.fail(&field, format!("There are two stages called '{stage_name}'; rename one."));
            }
            if stage.probability > 100 {
                c.fail(&field, format!("{}: probability is a percentage from 0 to 100.", stage_name));
            }
            if stage.rot_days > 3650 {
                c.fail(&field, format!("{}: rotting after more than 10 years is never; use 0 for never.", stage_name));
            }
            let probability = match stage.kind {
                StageKind::Won => 100,
                StageKind::Lost => 0,
                StageKind::Open => stage.probability,
            };
            stages.push(StageInput { id: stage.id.clone(), name: stage_name, kind: stage.kind, probability, rot_days: stage.rot_days });
        }
        for kind in [StageKind::Open, StageKind::Won, StageKind::Lost] {
            if !stages.iter().any(|s| s.kind == kind) {
                c.fail("stages", format!("A pipeline needs at least one {} stage.", kind.as_str()));
            }
        }
        c.finish(PipelineInput { name, stages })
    }
}

/// The stages a new workspace starts with (DESIGN.md §3), with typical probabilities.
pub fn default_stages() -> Vec<StageInput> {
    [
        ("Prospecting", StageKind::Open, 10, 14),
        ("Qualification", StageKind::Open, 20, 14),
        ("Proposal", StageKind::Open, 50, 10),
        ("Negotiation", StageKind::Open, 80, 7),
        ("Won", StageKind::Won, 100, 0),
        ("Lost", StageKind::Lost, 0, 0),
    ]
    .into_iter()
    .map(|(name, kind, probability, rot_days)| StageInput { id: None, name: name.into(), kind, probability, rot_days })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_pipeline_is_valid() {
        let input = PipelineInput { name: "Sales".into(), stages: default_stages() };
        assert_eq!(input.validate().unwrap().stages.len(), 6);
    }

    #[test]
    fn a_pipeline_needs_open_won_and_lost_stages_with_distinct_names() {
        let mut stages = default_stages();
        stages.retain(|s| s.kind != StageKind::Lost);
        stages[1].name = "prospecting".into();
        let err = PipelineInput { name: "Sales".into(), stages }.validate().unwrap_err();
        let messages: Vec<&str> = err.0.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(messages, ["There are two stages called 'prospecting'; rename one.", "A pipeline needs at least one lost stage."]);
    }

    #[test]
    fn won_and_lost_probabilities_are_fixed() {
        let mut stages = default_stages();
        stages[4].probability = 40;
        let clean = PipelineInput { name: "Sales".into(), stages }.validate().unwrap();
        assert_eq!(clean.stages[4].probability, 100);
    }
}
