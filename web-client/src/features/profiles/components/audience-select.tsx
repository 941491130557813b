import type { Audience } from "../api/profiles-api";
import { AUDIENCES } from "../profile-fields";
import { SelectField } from "@/components/field";

/** Who may see something: the public, friends of friends, friends, or only the owner. */
export function AudienceSelect({
  label,
  name,
  value,
  onChange,
}: {
  label: string;
  name: string;
  value: Audience;
  onChange: (audience: Audience) => void;
}) {
  return (
    <SelectField label={label} name={name} value={value} onChange={(event) => onChange(event.target.value as Audience)}>
      {AUDIENCES.map((audience) => (
        <option key={audience.value} value={audience.value}>
          {audience.label}
        </option>
      ))}
    </SelectField>
  );
}
