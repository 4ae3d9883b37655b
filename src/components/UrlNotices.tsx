// Says what an opened address asked for that the page does not have (state/urlNotices.ts).
import { useFinderMapMessages } from "../i18n/finderMapMessages";
import type { UrlNotice } from "../state/urlNotices";

export function UrlNotices({ notices }: { notices: readonly UrlNotice[] }) {
  const { urlNotice } = useFinderMapMessages();
  if (notices.length === 0) return null;
  return (
    <div
      className="status-message status-message--warning url-notices"
      role="status"
      data-testid="url-notices"
    >
      {notices.map((notice) => (
        <p key={notice.param}>{urlNotice(notice.param, notice.value)}</p>
      ))}
    </div>
  );
}
