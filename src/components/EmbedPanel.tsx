// "Bädda in": a webmaster picks a kommun and options, sees the real widget (embed.js from this site,
// the same file the snippet loads) and copies the script or iframe snippet.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { MeetingKind } from "../data/schema";
import { ALL_KINDS } from "../embed/attributes";
import { iframeSnippet, scriptSnippet, type SnippetOptions } from "../embed/snippet";
import { useI18n } from "../i18n/I18nProvider";
import { EMBED_MESSAGES } from "../i18n/embedMessages";
import type { Language } from "../i18n/language";
import { Choice } from "./Choice";
import "./embed.css";

export interface EmbedPanelProps {
  kommuner: readonly { kod: string; namn: string }[];
}

/** Loads embed.js once into the app page for the preview (a second copy would be harmless too). */
function useEmbedScript(src: string): void {
  useEffect(() => {
    if (document.querySelector("script[data-narvaro-embed]") !== null) return;
    const script = document.createElement("script");
    script.src = src;
    script.defer = true;
    script.dataset.narvaroEmbed = "";
    document.head.append(script);
  }, [src]);
}

export function EmbedPanel({ kommuner }: EmbedPanelProps) {
  const { language, messages } = useI18n();
  const m = EMBED_MESSAGES[language];
  const id = useId();
  const sorted = useMemo(() => [...kommuner].sort((a, b) => a.namn.localeCompare(b.namn, "sv")), [kommuner]);
  const [kommunKod, setKommunKod] = useState(() => sorted[0]?.kod ?? "");
  const [widgetLang, setWidgetLang] = useState<Language>(language);
  const [kinds, setKinds] = useState<readonly MeetingKind[]>(ALL_KINDS);
  const [map, setMap] = useState(true);
  const [heightPx, setHeightPx] = useState(640);
  const kommun = sorted.find((k) => k.kod === kommunKod);
  const baseUrl = useMemo(() => new URL("./", document.baseURI).href, []);
  useEmbedScript(`${baseUrl}embed.js`);

  const options: SnippetOptions = { kommun: kommun?.namn ?? "", lang: widgetLang, kinds, map, heightPx };
  const frameTitle = EMBED_MESSAGES[widgetLang].frameTitle(kommun?.namn ?? "");
  const previewRef = useRef<HTMLDivElement>(null);

  // The preview is the real element: attribute changes update it as they would on a kommun's page.
  useEffect(() => {
    const box = previewRef.current;
    if (box === null) return;
    let widget = box.querySelector("narvaro-karta");
    if (widget === null) {
      widget = document.createElement("narvaro-karta");
      box.append(widget);
    }
    widget.setAttribute("kommun", kommun?.namn ?? "");
    widget.setAttribute("lang", widgetLang);
    widget.setAttribute("kinds", kinds.join(","));
    widget.setAttribute("height", String(heightPx));
    widget.setAttribute("map", map ? "on" : "off");
    (widget as HTMLElement).style.height = `${heightPx}px`;
  }, [kommun, widgetLang, kinds, map, heightPx]);

  const toggleKind = (kind: MeetingKind, on: boolean) =>
    setKinds((current) => {
      const next = ALL_KINDS.filter((k) => (k === kind ? on : current.includes(k)));
      return next.length === 0 ? current : next;
    });

  return (
    <section className="panel embed-panel" aria-labelledby={`${id}-title`} data-testid="embed-panel">
      <h2 id={`${id}-title`}>{m.page.title}</h2>
      <p>{m.page.intro}</p>
      <div className="embed-panel__controls">
        <Choice
          label={m.page.kommunLabel}
          value={kommunKod}
          onChange={setKommunKod}
          options={sorted.map((k) => ({ value: k.kod, label: k.namn }))}
          testId="embed-kommun"
        />
        <Choice
          label={m.page.languageLabel}
          value={widgetLang}
          onChange={setWidgetLang}
          options={[
            { value: "sv", label: "Svenska" },
            { value: "en", label: "English" },
          ]}
        />
        <label>
          {m.page.heightLabel}
          <input
            type="number"
            min={320}
            max={1600}
            step={20}
            value={heightPx}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (Number.isFinite(value) && value >= 320 && value <= 1600) setHeightPx(value);
            }}
          />
        </label>
        <fieldset>
          <legend>{m.page.kindsLegend}</legend>
          {ALL_KINDS.map((kind) => (
            <label key={kind} className="embed-panel__check">
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(e) => toggleKind(kind, e.target.checked)}
              />
              {messages.finder.kindTitle[kind]}
            </label>
          ))}
          <label className="embed-panel__check">
            <input type="checkbox" checked={map} onChange={(e) => setMap(e.target.checked)} />
            {m.page.mapLabel}
          </label>
        </fieldset>
      </div>
      <h3>{m.page.preview}</h3>
      <div
        ref={previewRef}
        className="embed-panel__preview"
        role="group"
        aria-label={m.page.previewTitle(kommun?.namn ?? "")}
        data-testid="embed-preview"
      />
      <Snippet title={m.page.scriptTitle} help={m.page.scriptHelp} code={scriptSnippet(baseUrl, options)} />
      <Snippet
        title={m.page.iframeTitle}
        help={m.page.iframeHelp}
        code={iframeSnippet(baseUrl, options, frameTitle)}
      />
      <p className="note">{m.page.readmeNote}</p>
    </section>
  );
}

function Snippet({ title, help, code }: { title: string; help: string; code: string }) {
  const { language } = useI18n();
  const m = EMBED_MESSAGES[language];
  const id = useId();
  const [status, setStatus] = useState("");
  const copy = () => {
    navigator.clipboard
      .writeText(code)
      .then(() => setStatus(m.page.copied))
      .catch(() => setStatus(m.page.copyFailed));
  };
  return (
    <div className="embed-panel__snippet">
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-help`}>{help}</p>
      <textarea
        readOnly
        value={code}
        rows={code.split("\n").length}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
        spellCheck={false}
      />
      <button type="button" onClick={copy}>
        {m.page.copy}
      </button>{" "}
      <span role="status">{status}</span>
    </div>
  );
}
