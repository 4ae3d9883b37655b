// The search field: an ARIA combobox with a listbox popup (WAI-ARIA APG "combobox with list
// autocomplete"). Focus stays in the input; the active option is conveyed with aria-activedescendant.
// Keys: ArrowDown/ArrowUp move (and open), Enter chooses the active option or searches the typed text,
// Escape closes the list (or clears the field when it is already closed), Home/End stay in the text.
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { localDetail, useFinderMapMessages } from "../i18n/finderMapMessages";

export interface FinderSuggestion {
  /** Stable key for React and the option id. */
  key: string;
  label: string;
  detail: string;
  entryKind: string;
}

export interface FinderSearchProps {
  query: string;
  suggestions: readonly FinderSuggestion[];
  /** False while the search index loads; typing works, suggestions come once it is ready. */
  indexReady: boolean;
  onQueryChange: (query: string) => void;
  onChoose: (suggestion: FinderSuggestion) => void;
  onSubmit: (query: string) => void;
}

export function FinderSearch({
  query,
  suggestions,
  indexReady,
  onQueryChange,
  onChoose,
  onSubmit,
}: FinderSearchProps) {
  const { messages: m } = useI18n();
  const mapMessages = useFinderMapMessages();
  const f = m.finder;
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");

  const expanded = open && suggestions.length > 0;
  const activeIndex = expanded && active < suggestions.length ? active : -1;
  const activeId = activeIndex >= 0 ? `${id}-option-${activeIndex}` : undefined;

  // Announce the number of suggestions after typing settles, so a screen reader is not flooded.
  useEffect(() => {
    if (!open || query.trim() === "" || !indexReady) return;
    const timer = window.setTimeout(() => setAnnouncement(f.suggestionCount(suggestions.length)), 400);
    return () => window.clearTimeout(timer);
  }, [open, query, indexReady, suggestions.length, f]);

  const choose = (index: number) => {
    const suggestion = suggestions[index];
    if (suggestion === undefined) return;
    setOpen(false);
    setActive(-1);
    setAnnouncement("");
    onChoose(suggestion);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        if (suggestions.length > 0) setActive((activeIndex + 1) % suggestions.length);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) setOpen(true);
        if (suggestions.length > 0) setActive(activeIndex <= 0 ? suggestions.length - 1 : activeIndex - 1);
        break;
      case "Enter":
        if (activeIndex >= 0) {
          event.preventDefault();
          choose(activeIndex);
        }
        // Otherwise the form submits the typed text.
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== "") {
          event.preventDefault();
          onQueryChange("");
        }
        break;
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen(false);
    setActive(-1);
    onSubmit(query);
  };

  return (
    <form className="finder-search" role="search" aria-label={f.searchLabel} onSubmit={submit}>
      <label htmlFor={inputId} className="finder-search__label">
        {f.searchLabel}
      </label>
      <p id={hintId} className="note">
        {f.searchHint}
      </p>
      <div className="finder-search__row">
        <div className="finder-search__combo">
          <input
            id={inputId}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-activedescendant={activeId}
            aria-describedby={hintId}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            value={query}
            onChange={(event) => {
              onQueryChange(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
          />
          <ul
            id={listboxId}
            role="listbox"
            aria-label={f.suggestionsLabel}
            className="finder-search__listbox"
            hidden={!expanded}
          >
            {suggestions.map((suggestion, index) => (
              <li
                key={suggestion.key}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className="finder-search__option"
                // mousedown would blur the input and close the list before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(index)}
              >
                <span className="finder-search__option-label">{suggestion.label}</span>
                <span className="note">
                  {f.entryKind(suggestion.entryKind)}
                  {suggestion.detail !== "" && ` · ${localDetail(suggestion.detail, mapMessages.lanLabel)}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit">{f.searchButton}</button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </form>
  );
}
