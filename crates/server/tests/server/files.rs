//! Library files by hash: resumable chunked uploads checked against their hash, downloads that
//! resume, size limits, and each team seeing only its own files.

use reqwest::header::{CONTENT_RANGE, RANGE};
use reqwest::Method;
use tandem_server::Limits;
use tandem_sync_protocol::{ErrorBody, ErrorCode, FileStatus, PROTOCOL, PROTOCOL_HEADER};

use crate::harness::{on_each_store, TestServer};

fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// 25 bytes that are not all alike, so that a misplaced chunk changes the hash.
const FILE: &[u8] = b"Q3 battlecard: beat them.";

impl TestServer {
    fn file_request(&self, method: Method, path: &str, token: &str) -> reqwest::RequestBuilder {
        self.http.request(method, format!("{}/v1{path}", self.url)).header(PROTOCOL_HEADER, PROTOCOL.to_string()).bearer_auth(token)
    }

    async fn put_chunk(&self, token: &str, hash: &str, size: usize, offset: usize, chunk: &[u8]) -> Result<FileStatus, (u16, ErrorBody)> {
        let response = self
            .file_request(Method::PUT, &format!("/files/{hash}?offset={offset}&size={size}"), token)
            .body(chunk.to_vec())
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        if status == 200 {
            Ok(serde_json::from_str(&text).unwrap())
        } else {
            Err((status, serde_json::from_str(&text).unwrap_or_else(|_| panic!("status {status} with body {text}"))))
        }
    }

    async fn file_status(&self, token: &str, hash: &str) -> Result<FileStatus, (u16, ErrorCode)> {
        self.get::<FileStatus>(&format!("/files/{hash}"), token).await.map_err(|(status, body)| (status, body.code))
    }

    /// The file's bytes from `range` (e.g. "bytes=10-"): status, Content-Range, bytes.
    async fn download(&self, token: &str, hash: &str, range: Option<&str>) -> (u16, Option<String>, Vec<u8>) {
        let mut request = self.file_request(Method::GET, &format!("/files/{hash}/bytes"), token);
        if let Some(range) = range {
            request = request.header(RANGE, range);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let content_range = response.headers().get(CONTENT_RANGE).map(|v| v.to_str().unwrap().to_owned());
        (status, content_range, response.bytes().await.unwrap().to_vec())
    }
}

on_each_store! {
    #[tokio::test]
    async fn a_file_uploaded_in_chunks_is_checked_then_downloads_whole_or_from_an_offset(backend) {
        let server = TestServer::start(backend).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let h = hash(FILE);
        assert_eq!(server.file_status(&a.token, &h).await.unwrap_err(), (404, ErrorCode::NotFound));
        let mut received = Vec::new();
        for (i, chunk) in FILE.chunks(10).enumerate() {
            let status = server.put_chunk(&a.token, &h, FILE.len(), i * 10, chunk).await.unwrap();
            received.push((status.received, status.complete));
        }
        assert_eq!(received, [(10, false), (20, false), (25, true)]);
        assert_eq!(
            server.file_status(&a.token, &h).await.unwrap(),
            FileStatus { hash: h.clone(), size: 25, received: 25, complete: true }
        );
        assert_eq!(server.download(&a.token, &h, None).await, (200, None, FILE.to_vec()));
        assert_eq!(server.download(&a.token, &h, Some("bytes=13-")).await, (206, Some("bytes 13-24/25".into()), FILE[13..].to_vec()));
        assert_eq!(server.download(&a.token, &h, Some("bytes=3-5")).await, (206, Some("bytes 3-5/25".into()), FILE[3..6].to_vec()));
        let (status, content_range, _) = server.download(&a.token, &h, Some("bytes=25-")).await;
        assert_eq!((status, content_range.as_deref()), (416, Some("bytes */25")));
        // Uploading it again (another device that has it) changes nothing.
        assert!(server.put_chunk(&a.token, &h, FILE.len(), 0, &FILE[..10]).await.unwrap().complete);
    }

    #[tokio::test]
    async fn an_interrupted_upload_resumes_from_what_the_server_has_and_a_wrong_offset_is_refused(backend) {
        let server = TestServer::start(backend).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let other_device = server.sign_in("a@a.test", "dev-b").await;
        let h = hash(FILE);
        server.put_chunk(&a.token, &h, FILE.len(), 0, &FILE[..8]).await.unwrap();
        // The connection dropped: the device (or another one of the team) asks how far it got.
        let status = server.file_status(&other_device.token, &h).await.unwrap();
        assert_eq!((status.size, status.received, status.complete), (25, 8, false));
        let (_, _, bytes) = server.download(&a.token, &h, None).await;
        assert_eq!(serde_json::from_slice::<ErrorBody>(&bytes).unwrap().code, ErrorCode::NotFound, "an unfinished file is not downloadable");

        let (status, body) = server.put_chunk(&a.token, &h, FILE.len(), 0, &FILE[..8]).await.unwrap_err();
        assert_eq!((status, body.code, body.field.as_deref()), (409, ErrorCode::Conflict, Some("offset")));
        assert!(body.message.contains("from offset 8"), "{}", body.message);
        let (status, body) = server.put_chunk(&a.token, &h, 99, 8, &FILE[8..]).await.unwrap_err();
        assert_eq!((status, body.field.as_deref()), (422, Some("size")), "{}", body.message);

        let done = server.put_chunk(&other_device.token, &h, FILE.len(), 8, &FILE[8..]).await.unwrap();
        assert!(done.complete);
        assert_eq!(server.download(&a.token, &h, None).await.2, FILE);
    }

    #[tokio::test]
    async fn bytes_that_do_not_match_their_hash_are_discarded_with_a_clear_error(backend) {
        let server = TestServer::start(backend).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let h = hash(FILE);
        let mut forged = FILE.to_vec();
        forged[3] = b'X';
        server.put_chunk(&a.token, &h, 25, 0, &forged[..20]).await.unwrap();
        let (status, body) = server.put_chunk(&a.token, &h, 25, 20, &forged[20..]).await.unwrap_err();
        assert_eq!((status, body.code, body.field.as_deref()), (422, ErrorCode::Invalid, Some("hash")));
        assert!(body.message.contains("upload the file again from offset 0"), "{}", body.message);
        assert_eq!(server.file_status(&a.token, &h).await.unwrap_err(), (404, ErrorCode::NotFound), "nothing of it is kept");
        assert!(server.put_chunk(&a.token, &h, 25, 0, FILE).await.unwrap().complete);
        assert_eq!(server.download(&a.token, &h, None).await.2, FILE);

        let (status, body) = server.put_chunk(&a.token, &h.to_uppercase(), 25, 0, FILE).await.unwrap_err();
        assert_eq!((status, body.field.as_deref()), (422, Some("hash")));
    }

    #[tokio::test]
    async fn a_team_never_reads_another_teams_files(backend) {
        let server = TestServer::start(backend).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let b = server.create_team("B", "b@b.test", "dev-b").await;
        let h = hash(FILE);
        assert!(server.put_chunk(&a.token, &h, 25, 0, FILE).await.unwrap().complete);
        assert_eq!(server.file_status(&b.token, &h).await.unwrap_err(), (404, ErrorCode::NotFound));
        let (status, _, bytes) = server.download(&b.token, &h, None).await;
        assert_eq!(status, 404);
        assert!(!bytes.windows(FILE.len()).any(|w| w == FILE));
        // B holding the same bytes uploads them for itself; A's copy is not B's.
        let (status, body) = server.put_chunk(&b.token, &h, 25, 10, &FILE[10..]).await.unwrap_err();
        assert_eq!((status, body.code), (409, ErrorCode::Conflict), "{}", body.message);
        let anonymous = server.http.get(format!("{}/v1/files/{h}/bytes", server.url)).header(PROTOCOL_HEADER, PROTOCOL.to_string()).send().await.unwrap();
        assert_eq!(anonymous.status().as_u16(), 401);
    }

    #[tokio::test]
    async fn files_and_chunks_over_the_limits_are_refused_before_anything_is_kept(backend) {
        let server = TestServer::with_limits(backend, Limits { max_file_bytes: 20, max_file_chunk: 8, ..Limits::default() }).await;
        let a = server.create_team("A", "a@a.test", "dev-a").await;
        let h = hash(FILE);
        let (status, body) = server.put_chunk(&a.token, &h, 25, 0, &FILE[..8]).await.unwrap_err();
        assert_eq!((status, body.code), (413, ErrorCode::TooLarge));
        assert!(body.message.contains("at most 20 bytes"), "{}", body.message);
        let small = &FILE[..16];
        let hs = hash(small);
        let (status, body) = server.put_chunk(&a.token, &hs, 16, 0, &small[..9]).await.unwrap_err();
        assert_eq!((status, body.code), (413, ErrorCode::TooLarge));
        assert!(body.message.contains("at most 8 bytes"), "{}", body.message);
        assert_eq!(server.file_status(&a.token, &hs).await.unwrap_err(), (404, ErrorCode::NotFound));
        server.put_chunk(&a.token, &hs, 16, 0, &small[..8]).await.unwrap();
        assert!(server.put_chunk(&a.token, &hs, 16, 8, &small[8..]).await.unwrap().complete);
    }
}
