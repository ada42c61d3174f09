//! Library files to and from the server by content hash. An upload goes in chunks and resumes
//! from what the server says it has; a download appends to a partial file and resumes from its
//! length. Checking the bytes against their hash is the caller's (the blob store hashes as it
//! stores), and the server's on upload.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use tandem_sync_protocol::{ErrorCode, FileStatus};

use crate::{ServerClient, SyncError};

/// A download that receives nothing for this long counts as offline; it resumes later.
const STALL: Duration = Duration::from_secs(60);

impl ServerClient {
    /// What the server has of the file `hash`; None when it has none of it.
    pub async fn file_status(&self, hash: &str) -> Result<Option<FileStatus>, SyncError> {
        match self.send(self.request(Method::GET, &format!("/files/{hash}"))).await {
            Ok(status) => Ok(Some(status)),
            Err(e) if e.code() == Some(ErrorCode::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Appends `chunk` at `offset` to the file `hash` of `size` bytes.
    pub async fn upload_chunk(&self, hash: &str, size: u64, offset: u64, chunk: Vec<u8>) -> Result<FileStatus, SyncError> {
        let request = self
            .request(Method::PUT, &format!("/files/{hash}"))
            .query(&[("offset", offset), ("size", size)])
            .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
            .body(chunk);
        self.send(request).await
    }
}

fn io(context: &str) -> impl FnOnce(std::io::Error) -> SyncError + '_ {
    move |e| SyncError::File(format!("{context}: {e}"))
}

/// Uploads the file at `path`, whose hash is `hash`, in chunks of `chunk` bytes, unless the server
/// already has it; an upload cut off earlier resumes where the server's bytes end.
pub async fn upload_file(client: &ServerClient, hash: &str, path: &Path, chunk: usize) -> Result<FileStatus, SyncError> {
    let mut file = File::open(path).map_err(io("cannot open the library file to upload"))?;
    let size = file.metadata().map_err(io("cannot read the library file's size"))?.len();
    let mut offset = match client.file_status(hash).await? {
        Some(status) if status.complete => return Ok(status),
        Some(status) => status.received,
        None => 0,
    };
    let mut buffer = vec![0; chunk.max(1)];
    loop {
        file.seek(SeekFrom::Start(offset)).map_err(io("cannot read the library file to upload"))?;
        let want = buffer.len().min((size - offset.min(size)) as usize);
        file.read_exact(&mut buffer[..want]).map_err(io("cannot read the library file to upload"))?;
        match client.upload_chunk(hash, size, offset, buffer[..want].to_vec()).await {
            Ok(status) if status.complete => return Ok(status),
            Ok(status) if status.received > offset => offset = status.received,
            Ok(status) => {
                return Err(SyncError::Protocol(format!("the server took no bytes of file {hash} at offset {}", status.received)))
            }
            // Another device of the team is uploading the same file: go on from where it got.
            Err(SyncError::Refused(body)) if body.code == ErrorCode::Conflict && body.field.as_deref() == Some("offset") => {
                match client.file_status(hash).await? {
                    Some(status) if status.complete => return Ok(status),
                    Some(status) => offset = status.received,
                    None => offset = 0,
                }
            }
            Err(e) => return Err(e),
        }
    }
}

/// Downloads the file `hash` into `partial`, appending to what it already holds (a download
/// cut off earlier resumes); returns the file's size once `partial` holds all of it.
pub async fn download_file(client: &ServerClient, hash: &str, partial: &Path) -> Result<u64, SyncError> {
    let mut out = OpenOptions::new().create(true).append(true).open(partial).map_err(io("cannot write the downloaded file"))?;
    let have = out.metadata().map_err(io("cannot read the downloaded file's size"))?.len();
    let request = client.request(Method::GET, &format!("/files/{hash}/bytes")).header(reqwest::header::RANGE, format!("bytes={have}-"));
    let mut response = request.send().await?;
    match response.status() {
        StatusCode::PARTIAL_CONTENT => {}
        // The whole file: what the partial file held is replaced.
        StatusCode::OK => out.set_len(0).map_err(io("cannot write the downloaded file"))?,
        StatusCode::RANGE_NOT_SATISFIABLE => {
            let size = client.file_status(hash).await?.map_or(0, |s| s.size);
            if have == size {
                return Ok(size);
            }
            // The partial file is longer than the file: it is not this file's start.
            out.set_len(0).map_err(io("cannot write the downloaded file"))?;
            return Box::pin(download_file(client, hash, partial)).await;
        }
        _ => return Err(ServerClient::refusal(response).await),
    }
    loop {
        let piece = tokio::time::timeout(STALL, response.chunk())
            .await
            .map_err(|_| SyncError::Offline(format!("the download of file {hash} stalled")))??;
        let Some(piece) = piece else { break };
        out.write_all(&piece).map_err(io("cannot write the downloaded file"))?;
    }
    out.sync_all().map_err(io("cannot save the downloaded file"))?;
    Ok(out.metadata().map_err(io("cannot read the downloaded file's size"))?.len())
}
