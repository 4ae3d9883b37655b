import { useI18n } from "../../i18n/I18nProvider";
import { IMPORT_MESSAGES, type ImportMessages } from "../../i18n/importMessages";

export function useImportMessages(): ImportMessages {
  return IMPORT_MESSAGES[useI18n().language];
}
