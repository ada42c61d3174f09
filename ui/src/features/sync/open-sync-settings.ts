// Opens Settings at the Team sync section, from anywhere (the frame's indicator when sync fails).
import { useCallback, useEffect } from "react";
import { useNavigation } from "../../app/navigation-context";

export const syncSectionId = "settings-sync";

// Navigation knows screens, not sections: the request waits here until the section mounts.
let sectionRequested = false;

export function useOpenSyncSettings() {
  const { go } = useNavigation();
  return useCallback(() => {
    const section = document.getElementById(syncSectionId);
    if (section) {
      section.scrollIntoView({ block: "start" });
      return;
    }
    sectionRequested = true;
    go("settings");
  }, [go]);
}

/** Called by the section: scrolls it into view when it mounts because someone asked for it. */
export function useScrollIntoViewWhenRequested() {
  useEffect(() => {
    if (!sectionRequested) return;
    sectionRequested = false;
    document.getElementById(syncSectionId)?.scrollIntoView({ block: "start" });
  }, []);
}
