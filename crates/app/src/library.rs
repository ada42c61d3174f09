//! The content library: adding, describing, governing and finding items.

use chrono::Utc;
use tandem_domain::content::{
    default_statuses, edit_refusal, is_expired, is_review_due, may_curate, status_change_refusal, ContentFacet, ContentForm, ContentInput,
    ContentItem, ContentQuery, ContentResults, ContentStatus, ContentVersion,
};
use tandem_domain::member::Role;
use tandem_domain::win_rate;
use tandem_store::{content, content_collections, content_feedback, content_search, content_use, members, tables, WriteSource};

use crate::dto::{ContentDetail, LibraryPermissions, TagCount};
use crate::tasks::Calendar;
use crate::{App, AppError, ErrorCode};

/// How many uses an item's page lists.
const USES_SHOWN: u32 = 50;

impl App {
    /// The local user's member id and role; a workspace without a profile is its only user's, an admin's.
    pub(crate) fn me(&self) -> Result<(Option<String>, Role), AppError> {
        let profile = self.db()?.read(members::profile)?;
        Ok(profile.map_or((None, Role::Admin), |m| (Some(m.id), m.role)))
    }

    /// Creates a link or text item (files arrive through `add_content_file`).
    pub fn create_content(&self, form: ContentForm, input: ContentInput) -> Result<ContentItem, AppError> {
        if form == ContentForm::File {
            return Err(AppError::new(ErrorCode::Validation, "Add a file by dropping or choosing it."));
        }
        let mut clean = input.validate(form)?;
        let (me, _) = self.me()?;
        if clean.owner_id.is_none() {
            clean.owner_id = me;
        }
        let id =
            self.write(WriteSource::User, &format!("Library item “{}” added", clean.title), |w| Ok(content::create(w, form, &clean)?))?;
        self.get_content_item(&id)
    }

    pub fn update_content(&self, id: &str, input: ContentInput) -> Result<ContentItem, AppError> {
        let current = self.get_content_item(id)?;
        self.require_edit(&current)?;
        let clean = input.validate(current.form)?;
        self.write(WriteSource::User, &format!("Library item “{}” changed", clean.title), |w| Ok(content::update(w, id, &clean)?))?;
        self.get_content_item(id)
    }

    pub(crate) fn require_edit(&self, item: &ContentItem) -> Result<(), AppError> {
        let (me, role) = self.me()?;
        let own = item.owner_id.is_none() || item.owner_id == me;
        match edit_refusal(role, item.status, own) {
            Some(why) => Err(AppError::new(ErrorCode::Forbidden, why)),
            None => Ok(()),
        }
    }

    /// Approves, archives or sends back to draft; only marketers and admins may.
    pub fn set_content_status(&self, id: &str, status: ContentStatus) -> Result<ContentItem, AppError> {
        let item = self.get_content_item(id)?;
        let (_, role) = self.me()?;
        if let Some(why) = status_change_refusal(role, item.status, status) {
            return Err(AppError::new(ErrorCode::Forbidden, why));
        }
        let verb = match status {
            ContentStatus::Approved => "approved",
            ContentStatus::Archived => "archived",
            ContentStatus::Draft => "back to draft",
        };
        self.write(WriteSource::User, &format!("Library item “{}” {verb}", item.title), |w| Ok(content::set_status(w, id, status)?))?;
        self.get_content_item(id)
    }

    pub fn delete_content(&self, id: &str) -> Result<(), AppError> {
        let item = self.get_content_item(id)?;
        self.require_edit(&item)?;
        self.write(WriteSource::User, &format!("Library item “{}” deleted", item.title), |w| {
            Ok(w.soft_delete(&tables::CONTENT_ITEMS, id)?)
        })
    }

    pub(crate) fn get_content_item(&self, id: &str) -> Result<ContentItem, AppError> {
        Ok(self.db()?.read(|conn| content::get(conn, id))?)
    }

    /// An item's page: the item, whether it is expired or due for review, where it was used, the
    /// win rate with and without it, what sellers said, and what this user may do with it.
    pub fn get_content(&self, id: &str) -> Result<ContentDetail, AppError> {
        let today = self.db()?.read(|conn| Calendar::read(conn, Utc::now()))?.today();
        let (me, role) = self.me()?;
        let db = self.db()?;
        db.read(|conn| {
            let item = content::get(conn, id)?;
            let used = content_use::deals_using(conn, id)?;
            let own = item.owner_id.is_none() || item.owner_id == me;
            Ok(ContentDetail {
                expired: is_expired(&item.expires_on, today),
                review_due: is_review_due(&item.review_by, today),
                may_edit: edit_refusal(role, item.status, own).is_none(),
                may_curate: may_curate(role),
                uses: content_use::of_item(conn, id, USES_SHOWN)?,
                win_rates: win_rate::compare(&content_use::closed_deals(conn)?, &used),
                feedback: content_feedback::feedback(conn, Some(id))?,
                collection_ids: content_collections::of_item(conn, id)?,
                item,
            })
        })
        .map_err(AppError::from)
    }

    pub fn content_versions(&self, id: &str) -> Result<Vec<ContentVersion>, AppError> {
        Ok(self.db()?.read(|conn| content::versions(conn, id))?)
    }

    /// Searches the library. Without a status choice a seller sees approved items and a
    /// marketer drafts and approved ones (archived only when asked for).
    pub fn search_content(&self, mut query: ContentQuery) -> Result<ContentResults, AppError> {
        if query.statuses.is_empty() {
            query.statuses = default_statuses(self.me()?.1);
        }
        if query.limit == 0 {
            query.limit = 200;
        }
        Ok(self.db()?.read(|conn| content_search::search(conn, &query))?)
    }

    pub fn library_permissions(&self) -> Result<LibraryPermissions, AppError> {
        Ok(LibraryPermissions { may_curate: may_curate(self.me()?.1) })
    }

    /// Values in use for personas, industries or products, for the form's suggestions.
    pub fn content_terms(&self, facet: ContentFacet) -> Result<Vec<TagCount>, AppError> {
        let terms = self.db()?.read(|conn| content::terms_in_use(conn, facet))?;
        Ok(terms.into_iter().map(|(name, count)| TagCount { name, count }).collect())
    }
}
