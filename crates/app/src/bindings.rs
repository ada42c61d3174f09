//! The TypeScript bindings for every type that crosses to the UI, generated from the Rust types.

use ts_rs::{Config, TS};

use crate::dto::*;
use crate::{AppError, ErrorCode};
use tandem_domain::activity::{ActivityInput, ActivityKind, Direction, TimelineEntry};
use tandem_domain::catalog::{
    Price, Product, ProductInput, ProductPart, ProductPartInput, ProductUnit, WorkspaceTaxRate, WorkspaceTaxRateInput,
};
use tandem_domain::company::{Company, CompanyInput, CompanyRow, CompanySize};
use tandem_domain::contact::{Contact, ContactInput, ContactRow, ContactSort};
use tandem_domain::content::{
    ContentFacet, ContentFile, ContentForm, ContentHit, ContentInput, ContentItem, ContentKind, ContentQuery, ContentResults,
    ContentStatus, ContentVersion, FacetCount, FunnelStage, MetadataChange, TextExtraction, TextStatus,
};
use tandem_domain::content_use::{
    Collection, CollectionEntry, CollectionInput, ContentFeedback, ContentRequest, ContentUse, FeedbackInput, FeedbackRating,
    FeedbackStatus, RequestInput, RequestStatus, UseKind,
};
use tandem_domain::custom_field::{ChoiceOption, ChoiceOptionInput, CustomField, CustomFieldInput, CustomFieldKind, CustomValue};
use tandem_domain::deal::{Deal, DealContact, DealInput, DealRow};
use tandem_domain::duplicate::{DuplicateCandidate, DuplicateGroup, DuplicateReason, MergeInput};
use tandem_domain::exchange_rate::{ExchangeRate, ExchangeRateInput};
use tandem_domain::lifecycle::{Bant, BantAnswer, BantStatus, LifecycleStage};
use tandem_domain::member::{Member, MemberInput, Role};
use tandem_domain::merge_fields::Filled;
use tandem_domain::nudge::{Nudge, NudgeRule, NudgeRuleSetting};
use tandem_domain::pipeline::{Pipeline, PipelineInput, Stage, StageInput, StageKind};
use tandem_domain::reminder::{DueGroup, Snooze};
use tandem_domain::sequence::{Enrollment, EnrollmentStatus, Sequence, SequenceInput, SequenceStep, SequenceStepInput};
use tandem_domain::task::{EditScope, Priority, ReminderSpec, Task, TaskInput, TaskKind, TaskLink, TaskStatus};
use tandem_domain::view::{CustomFilter, FilterOp, RecordFilter, SavedView, SavedViewInput, ViewDefinition};
use tandem_domain::win_rate::{WinRate, WinRates};
use tandem_domain::workspace::WorkspaceSettings;
use tandem_domain::FieldError;
use tandem_interchange::{ContactField, Mapping, Preset};

/// Where the UI keeps the generated files, relative to the repository root.
pub const DIR: &str = "ui/src/ipc/bindings";

/// Every binding as (file name, contents).
pub fn generate() -> Vec<(String, String)> {
    let cfg = Config::new().with_large_int("number");
    let mut files = Vec::new();
    macro_rules! add {
        ($($t:ty),* $(,)?) => {$(
            files.push((format!("{}.ts", <$t as TS>::name(&cfg)), <$t as TS>::export_to_string(&cfg).expect("binding renders")));
        )*};
    }
    add!(
        ProductUnit,
        WorkspaceTaxRateInput,
        WorkspaceTaxRate,
        Price,
        ProductPartInput,
        ProductInput,
        ProductPart,
        Product,
        CatalogImport,
        tandem_domain::quote::Billing,
    );
    {
        use tandem_domain::quote::*;
        add!(
            RoundingMode,
            RoundingMethod,
            PriceMode,
            DiscountKind,
            Discount,
            TaxRate,
            Sale,
            ItemLine,
            BundlePart,
            BundleLine,
            SectionLine,
            QuoteLine,
            QuoteDraft,
            Amounts,
            LineTax,
            Taxed,
            PartTotals,
            LineTotals,
            SectionTotals,
            GroupTax,
            TaxGroup,
            DiscountLine,
            TaxTotal,
            Margin,
            QuoteTotals,
            Figure,
            Step,
            LineRef,
            Adjustment,
            RoundingSpread,
        );
    }
    {
        use tandem_domain::{proposal::*, quote_diff::*, quote_flow::*, quote_record::*, rich_text::*};
        add!(
            QuoteStatus,
            Approval,
            QuoteRules,
            QuoteState,
            QuoteInput,
            Quote,
            QuoteSettings,
            BrandFont,
            Brand,
            ChangeKind,
            QuoteChange,
            SectionKind,
            ProposalSection,
            ProposalTemplate,
            RichNode,
            HeadingAttrs,
            LinkAttrs,
            Mark,
            RichText,
        );
        add!(crate::dto::QuoteDetail, crate::dto::QuoteSummary, crate::dto::AcceptanceInput);
    }
    add!(
        ContentKind,
        FunnelStage,
        ContentStatus,
        ContentForm,
        ContentFacet,
        ContentInput,
        ContentFile,
        TextStatus,
        TextExtraction,
        ContentItem,
        MetadataChange,
        ContentVersion,
        ContentQuery,
        ContentHit,
        FacetCount,
        ContentResults,
        UseKind,
        ContentUse,
        FeedbackRating,
        FeedbackStatus,
        FeedbackInput,
        ContentFeedback,
        RequestStatus,
        RequestInput,
        ContentRequest,
        Collection,
        CollectionEntry,
        CollectionInput,
        Filled,
        WinRate,
        WinRates,
        ContentDetail,
        LibraryPermissions,
        ShareInput,
        Shared,
        AddedFiles,
        FileFailure,
        MergeField,
    );
    add!(
        AppError,
        ErrorCode,
        FieldError,
        StartupState,
        WorkspaceChoice,
        SetupInput,
        ContactInput,
        Contact,
        ContactSort,
        ContactRow,
        ContactQuery,
        ContactPage,
        RecordRef,
        TrashItem,
        UndoOutcome,
        WorkspaceSettings,
        Member,
        MemberInput,
        Role,
        ExchangeRate,
        ExchangeRateInput,
        AboutInfo,
        Backup,
        ExportResult,
        ChangeBatch,
        LifecycleStage,
        BantStatus,
        BantAnswer,
        Bant,
        CompanySize,
        CompanyInput,
        Company,
        CompanyRow,
        CompanyQuery,
        CompanyPage,
        StageKind,
        Stage,
        Pipeline,
        StageInput,
        PipelineInput,
        DealInput,
        DealContact,
        Deal,
        DealRow,
        DealSort,
        DealQuery,
        DealPage,
        MoneyTotal,
        BoardColumn,
        DealBoard,
        ForecastMonth,
        Forecast,
        DealContactInput,
        ActivityKind,
        Direction,
        ActivityInput,
        TimelineEntry,
        TagCount,
        SearchResults,
        DuplicateReason,
        DuplicateCandidate,
        DuplicateGroup,
        DuplicateScan,
        MergeInput,
        CustomFieldKind,
        ChoiceOption,
        CustomField,
        ChoiceOptionInput,
        CustomFieldInput,
        CustomValue,
        FilterOp,
        CustomFilter,
        RecordFilter,
        ViewDefinition,
        SavedView,
        SavedViewInput,
        ContactField,
        Preset,
        Mapping,
        ImportFormat,
        StagedFile,
        DuplicatePolicy,
        ImportRequest,
        MatchedBy,
        ImportLine,
        ImportMatch,
        ImportPlan,
        ImportProgress,
        ImportRecord,
        ImportUndoReport,
        ExportFormat,
        ExportRequest,
        TaskKind,
        TaskStatus,
        Priority,
        ReminderSpec,
        TaskInput,
        TaskLink,
        DueGroup,
        Task,
        EditScope,
        Snooze,
        SnoozeUntil,
        MissedReminder,
        TodayView,
        WhenPreview,
        DesktopPreferences,
        TaskExport,
        NudgeRule,
        NudgeRuleSetting,
        Nudge,
        SequenceStepInput,
        SequenceInput,
        SequenceStep,
        Sequence,
        EnrollmentStatus,
        Enrollment,
        SyncState,
        SyncRole,
        SyncAccount,
        SyncStatus,
        SyncPhase,
        SyncProgress,
        SignInInput,
        CreateTeamInput,
        JoinTeamInput,
        TeamMember,
        TeamDevice,
        InviteInput,
        Invite,
        PendingInvite,
        LocalRecords,
        KeptAsideWorkspace,
        FieldChange,
    );
    add!(FilePlace, FileAvailability);
    {
        use crate::lead_scoring::*;
        use tandem_domain::lead_score::*;
        add!(RuleKind, Criterion, Qualification, ScoringRule, ScoringSettings, Reason, LeadScore, Shifts, LeadToQualify);
        add!(LeadScoring, ScoreChange, ScoringPreview, Rescored, LeadQuery);
    }
    {
        use tandem_domain::campaign::*;
        add!(Channel, Touch, Touches, CampaignInput, Campaign, CampaignListRow, CampaignLead, CampaignDeal, SalesTeam, SalesTeamMember);
        add!(QuotaInput, Quota, CampaignRecords, SetContactsCampaign, SetDealsCampaign, SetCampaignResult, QuarterChoice, QuotaBoard);
    }
    {
        use crate::dashboard::*;
        add!(Attribution, DashboardFilter, Figure, FunnelStep, StageValue, Slice, SegmentCycle, QuotaRow, ForecastQuarter, CampaignRow);
        add!(ContentRow, Dashboard, DashboardRecord, DashboardRecords, DashboardChoice, DashboardOptions, DashboardTable);
    }
    let index: String =
        files.iter().map(|(name, _)| format!("export type {{ {0} }} from \"./{0}\";\n", name.trim_end_matches(".ts"))).collect();
    files.push(("index.ts".into(), index));
    files
}
