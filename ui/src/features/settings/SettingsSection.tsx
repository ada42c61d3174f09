// One titled block on the settings page, addressable from the section nav.
import type { ReactNode } from "react";

export function SettingsSection({
  id,
  title,
  description,
  actions,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} className="settings-section" aria-labelledby={`${id}-title`}>
      <div className="settings-section__head">
        <div>
          <h2 id={`${id}-title`} className="settings-section__title">
            {title}
          </h2>
          {description && <p className="settings-section__description">{description}</p>}
        </div>
        {actions && <div className="settings-section__actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
