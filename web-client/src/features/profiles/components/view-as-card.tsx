import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Card } from "@/components/card";
import { SelectField } from "@/components/field";
import { Failed, Loading } from "@/components/states";
import { viewMyProfileAs } from "../api/profiles-api";
import { ProfileCard } from "./profile-card";
import styles from "./profile-forms.module.css";

/** The caller's profile as someone else sees it: the public, or one of their friends. */
export function ViewAsCard({ viewers }: { viewers: { id: string; name: string }[] }) {
  const [viewer, setViewer] = useState("");
  const view = useQuery({ queryKey: ["profiles", "view-as", viewer], queryFn: () => viewMyProfileAs(viewer || undefined) });
  return (
    <Card title="View as">
      <div className={styles.viewAs}>
        <SelectField label="See your profile as" name="viewer" value={viewer} onChange={(event) => setViewer(event.target.value)}>
          <option value="">The public (someone who isn't your friend)</option>
          {viewers.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
      </div>
      {view.isPending ? <Loading /> : view.isError ? <Failed error={view.error} retry={() => view.refetch()} /> : <ProfileCard profile={view.data} />}
    </Card>
  );
}
