//! Using library content and closing the loop: sharing with a contact (logged on the
//! timelines), filling a snippet's merge fields, feedback, requests and collections.

use chrono::Utc;
use tandem_domain::content::{is_expired, ContentForm, ContentStatus};
use tandem_domain::content_use::{
    Collection, CollectionInput, ContentFeedback, ContentRequest, FeedbackInput, FeedbackStatus, RequestInput, RequestStatus, UseKind,
};
use tandem_domain::merge_fields::{self, Filled};
use tandem_store::content_use::NewUse;
use tandem_store::{contacts, content, content_collections, content_feedback, content_use, tables, WriteSource};

use crate::dto::{ShareInput, Shared};
use crate::merge_source::MergeSource;
use crate::tasks::Calendar;
use crate::{App, AppError, ErrorCode};

impl App {
    /// Fills a text item's merge fields for a contact (and the deal, when given).
    pub fn fill_content(&self, item_id: &str, contact_id: Option<&str>, deal_id: Option<&str>) -> Result<Filled, AppError> {
        let item = self.get_content_item(item_id)?;
        let template = match item.form {
            ContentForm::Text => item.body,
            _ => return Err(AppError::new(ErrorCode::Validation, "Only text items have merge fields.")),
        };
        self.fill_template(&template, contact_id, deal_id)
    }

    /// Fills `{{…}}` fields in `template` from a contact, their company, a deal and the local user.
    pub fn fill_template(&self, template: &str, contact_id: Option<&str>, deal_id: Option<&str>) -> Result<Filled, AppError> {
        let source = self.db()?.read(|conn| MergeSource::load(conn, contact_id, deal_id))?;
        Ok(merge_fields::fill(template, |field| source.value(field)))
    }

    /// Shares an item with a contact: logs it on the contact's (and deal's) timeline and hands
    /// back what to put in the e-mail — the filled text, or a copy of the file under its name.
    /// An expired item needs `confirm_expired`; archived items are not shared.
    pub fn share_content(&self, input: ShareInput) -> Result<Shared, AppError> {
        let item = self.get_content_item(&input.item_id)?;
        let today = self.db()?.read(|conn| Calendar::read(conn, Utc::now()))?.today();
        if item.status == ContentStatus::Archived {
            return Err(AppError::new(ErrorCode::Conflict, format!("“{}” is archived; ask marketing for its replacement.", item.title)));
        }
        if is_expired(&item.expires_on, today) && !input.confirm_expired {
            return Err(AppError::new(
                ErrorCode::Conflict,
                format!("“{}” expired on {}; confirm to share it anyway.", item.title, item.expires_on),
            ));
        }
        let contact = self.db()?.read(|conn| contacts::get(conn, &input.contact_id))?;
        let deal_id = input.deal_id.clone().filter(|id| !id.is_empty());
        let text = match item.form {
            ContentForm::Text => Some(self.fill_template(&item.body, Some(&contact.id), deal_id.as_deref())?.text),
            ContentForm::Link => Some(item.url.clone()),
            ContentForm::File => None,
        };
        let file_path = match &item.file {
            Some(file) => Some(self.content_file_copy(&file.version_id)?.display().to_string()),
            None => None,
        };
        let (me, _) = self.me()?;
        let name = format!("{} {}", contact.first_name, contact.last_name);
        self.write(WriteSource::User, &format!("“{}” shared with {}", item.title, name.trim()), |w| {
            let new = NewUse {
                item_id: &item.id,
                version_id: item.file.as_ref().map(|f| f.version_id.as_str()),
                kind: UseKind::Shared,
                contact_id: Some(&contact.id),
                deal_id: deal_id.as_deref(),
                note: input.note.trim(),
                author_id: me.as_deref(),
            };
            Ok(content_use::record(w, &new)?)
        })?;
        Ok(Shared { text, file_path, email: contact.email })
    }

    pub fn add_content_feedback(&self, input: FeedbackInput) -> Result<Vec<ContentFeedback>, AppError> {
        let clean = input.validate()?;
        let item = self.get_content_item(&clean.item_id)?;
        let (me, _) = self.me()?;
        self.write(WriteSource::User, &format!("Feedback on “{}”", item.title), |w| {
            Ok(content_feedback::add_feedback(w, &clean, me.as_deref())?)
        })?;
        Ok(self.db()?.read(|conn| content_feedback::feedback(conn, Some(&clean.item_id)))?)
    }

    /// Marketing's queue: open feedback on every item, newest first.
    pub fn feedback_queue(&self) -> Result<Vec<ContentFeedback>, AppError> {
        Ok(self.db()?.read(|conn| content_feedback::feedback(conn, None))?)
    }

    pub fn resolve_content_feedback(&self, id: &str) -> Result<(), AppError> {
        self.write(WriteSource::User, "Feedback resolved", |w| Ok(content_feedback::set_feedback_status(w, id, FeedbackStatus::Resolved)?))
    }

    pub fn add_content_request(&self, input: RequestInput) -> Result<Vec<ContentRequest>, AppError> {
        let clean = input.validate()?;
        let (me, _) = self.me()?;
        self.write(WriteSource::User, &format!("Content request “{}”", clean.title), |w| {
            Ok(content_feedback::add_request(w, &clean, me.as_deref())?)
        })?;
        self.content_requests()
    }

    pub fn content_requests(&self) -> Result<Vec<ContentRequest>, AppError> {
        Ok(self.db()?.read(content_feedback::requests)?)
    }

    /// Marketers and admins answer requests; done may name the item that answers it.
    pub fn answer_content_request(
        &self,
        id: &str,
        status: RequestStatus,
        item_id: Option<String>,
        response: String,
    ) -> Result<Vec<ContentRequest>, AppError> {
        self.require_curator("answer content requests")?;
        let response = response.trim().chars().take(2_000).collect::<String>();
        let item_id = item_id.filter(|i| !i.is_empty());
        if let Some(item) = &item_id {
            self.get_content_item(item)?;
        }
        self.write(WriteSource::User, "Content request answered", |w| {
            Ok(content_feedback::answer_request(w, id, status, item_id.as_deref(), &response)?)
        })?;
        self.content_requests()
    }

    pub fn list_collections(&self) -> Result<Vec<Collection>, AppError> {
        Ok(self.db()?.read(content_collections::list)?)
    }

    /// Saves a collection; marketers and admins curate them.
    pub fn save_collection(&self, id: Option<String>, input: CollectionInput) -> Result<Collection, AppError> {
        self.require_curator("curate collections")?;
        let clean = input.validate()?;
        let db = self.db()?;
        for item in &clean.item_ids {
            db.read(|conn| content::get(conn, item))?;
        }
        let id = self.write(WriteSource::User, &format!("Collection “{}” saved", clean.name), |w| {
            Ok(content_collections::save(w, id.as_deref(), &clean)?)
        })?;
        Ok(db.read(|conn| content_collections::get(conn, &id))?)
    }

    pub fn delete_collection(&self, id: &str) -> Result<(), AppError> {
        self.require_curator("curate collections")?;
        self.write(WriteSource::User, "Collection deleted", |w| Ok(w.soft_delete(&tables::CONTENT_COLLECTIONS, id)?))
    }

    fn require_curator(&self, what: &str) -> Result<(), AppError> {
        if tandem_domain::content::may_curate(self.me()?.1) {
            Ok(())
        } else {
            Err(AppError::new(ErrorCode::Forbidden, format!("Only marketers and admins can {what}.")))
        }
    }
}
