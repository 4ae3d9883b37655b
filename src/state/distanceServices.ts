import type { DistanceService } from "../data/schema";
import type { Language } from "../i18n/language";

export function distanceServiceLabel(service: DistanceService, language: Language): string {
  return language === "sv" ? service.labelSv : service.labelEn;
}

/**
 * A link for the service's value: tel: for phone numbers (digits and a leading + only), https: for a
 * web address. Returns null when the value is neither, so it is shown as plain text.
 */
export function distanceServiceHref(service: Pick<DistanceService, "channel" | "value">): string | null {
  const value = service.value.trim();
  if (service.channel === "phone") {
    const digits = value.replace(/[^\d+]/g, "");
    return /^\+?\d{5,}$/.test(digits) ? `tel:${digits}` : null;
  }
  if (/^https?:\/\//i.test(value)) return value;
  // A bare domain such as "arbetsformedlingen.se" or "arbetsformedlingen.se/for-arbetssokande".
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value)) return `https://${value}`;
  return null;
}
