import { NotificationsPage } from "@/features/notifications/components/notifications-page";

/** The feed (loaded when first opened). */
export default NotificationsPage;
