// A labelled <select>: the one form control the Restid views use for every choice (scenario, area level,
// filter, place, kommun, minutes). The label wraps the select, so its accessible name is the label text.
export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

export interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly ChoiceOption<T>[];
  /** An empty first choice ("Välj …"); its value is "". */
  placeholder?: string;
  testId?: string;
}

export function Choice<T extends string>({
  label,
  value,
  onChange,
  options,
  placeholder,
  testId,
}: ChoiceProps<T>) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
