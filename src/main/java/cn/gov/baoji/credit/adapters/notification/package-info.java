/**
 * Notifications by SMS or e-mail to reporters, subjects and agencies through the city's message gateway:
 * {@link cn.gov.baoji.credit.adapters.notification.NotificationPort}.
 */
@org.springframework.modulith.NamedInterface("notification")
package cn.gov.baoji.credit.adapters.notification;
