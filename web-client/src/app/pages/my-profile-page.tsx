import { lazy, Suspense, useState } from "react";
import { Avatar } from "@/components/avatar";
import { Button } from "@/components/button";
import { Failed, Loading } from "@/components/states";
import { fetchFriends } from "@/features/friends/api/friends-api";
import { usePagedList } from "@/features/friends/hooks/use-paged-list";
import type { ImageKind } from "@/features/profiles/api/profiles-api";
import { EditProfileForm } from "@/features/profiles/components/edit-profile-form";
import { ImageChooser, imageUploadStyles } from "@/features/profiles/components/image-upload";
import { PrivacyCard, usePrivacy } from "@/features/profiles/components/privacy-card";
import { ProfileCard } from "@/features/profiles/components/profile-card";
import { ViewAsCard } from "@/features/profiles/components/view-as-card";
import { useMyProfile } from "@/features/profiles/hooks/use-my-profile";
import styles from "./pages.module.css";

// Framing a chosen image (react-easy-crop) is a chunk of its own, loaded when an image is chosen.
const ImageCrop = lazy(() => import("@/features/profiles/components/image-crop"));

/** The caller's own profile: as it is, its editing (each part with its audience), images, privacy and view-as. */
export function MyProfilePage() {
  const me = useMyProfile();
  const privacy = usePrivacy();
  const friends = usePagedList(["friends", "mine"], fetchFriends);
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<{ kind: ImageKind; file: File }>();

  if (me.isPending) {
    return <Loading label="Loading your profile…" />;
  }
  if (me.isError) {
    return <Failed error={me.error} retry={() => me.refetch()} />;
  }
  const { profile } = me.data;
  const name = profile.displayName ?? "";
  const viewers = friends.items.map((friend) => ({ id: friend.person?.id ?? "", name: friend.person?.displayName ?? "" }));
  return (
    <div className={styles.page}>
      <ProfileCard
        profile={profile}
        privacy={privacy.data}
        subtitle="Your profile, with who sees each part"
        coverActions={
          <div className={imageUploadStyles.chooser}>
            <ImageChooser kind="cover" onChosen={(file) => setChosen({ kind: "cover", file })} />
          </div>
        }
        avatarSlot={
          <span className={imageUploadStyles.avatarBox}>
            <Avatar name={name} src={profile.avatar?.large} size="large" />
            <span className={imageUploadStyles.avatarChooser}>
              <ImageChooser kind="avatar" round onChosen={(file) => setChosen({ kind: "avatar", file })} />
            </span>
          </span>
        }
        actions={
          <Button variant={editing ? "secondary" : "primary"} onClick={() => setEditing(!editing)} aria-expanded={editing}>
            {editing ? "Close editing" : "Edit profile"}
          </Button>
        }
      />
      {chosen ? (
        <Suspense fallback={<Loading label="Loading the picture…" />}>
          <ImageCrop key={`${chosen.kind}-${chosen.file.name}`} kind={chosen.kind} file={chosen.file} onDone={() => setChosen(undefined)} />
        </Suspense>
      ) : null}
      {editing && privacy.data ? <EditProfileForm own={me.data} privacy={privacy.data} onDone={() => setEditing(false)} /> : null}
      <PrivacyCard />
      <ViewAsCard viewers={viewers} />
    </div>
  );
}
