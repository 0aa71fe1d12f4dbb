package io.newswire.alert;

import io.newswire.alert.mail.SmtpSettings;
import io.newswire.core.config.ServiceOptions;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** alert-service settings: each reads its NEWSWIRE_* variable, and a CLI flag overrides it. */
public class AlertOptions {

    /** Who gets alerts when neither a subscribers file nor a list of addresses is configured. */
    public static final String DEFAULT_SUBSCRIBER = "editor@newswire.local";

    @Mixin
    public ServiceOptions common = new ServiceOptions("alert", 8083);

    @Option(names = "--instance-id", defaultValue = "${env:NEWSWIRE_INSTANCE_ID}",
            description = "Stable name of this instance for the Streams app's static group membership: after a "
                    + "crash it takes its tasks back at once instead of after the session timeout; unique per "
                    + "instance (env NEWSWIRE_INSTANCE_ID).")
    public String instanceId;

    @Option(names = "--streams", negatable = true, defaultValue = "${env:NEWSWIRE_ALERT_STREAMS:-true}",
            fallbackValue = "true",
            description = "Run the Streams app news.articles -> alerts.* (env NEWSWIRE_ALERT_STREAMS; "
                    + "default: ${DEFAULT-VALUE}).")
    public boolean streams;

    @Option(names = "--mailer", negatable = true, defaultValue = "${env:NEWSWIRE_ALERT_MAILER:-true}",
            fallbackValue = "true",
            description = "Run the mailer alerts.all -> SMTP (env NEWSWIRE_ALERT_MAILER; default: ${DEFAULT-VALUE}).")
    public boolean mailer;

    @Option(names = "--conflicts", paramLabel = "FILE", defaultValue = "${env:NEWSWIRE_CONFLICTS}",
            description = "YAML mapping of conflicts to parties, replacing the bundled one (env NEWSWIRE_CONFLICTS).")
    public Path conflictsFile;

    @Option(names = "--places", paramLabel = "FILE", defaultValue = "${env:NEWSWIRE_PLACES}",
            description = "YAML of conflict places and countries' cities, replacing the bundled one "
                    + "(env NEWSWIRE_PLACES).")
    public Path placesFile;

    @Option(names = "--subscribers", paramLabel = "FILE", defaultValue = "${env:NEWSWIRE_SUBSCRIBERS}",
            description = "YAML file of subscribers: address, kinds, parties, conflicts, digest interval "
                    + "(env NEWSWIRE_SUBSCRIBERS).")
    public Path subscribersFile;

    @Option(names = "--subscriber-emails", paramLabel = "ADDR,...", defaultValue = "${env:NEWSWIRE_SUBSCRIBER_EMAILS}",
            description = "More subscribers that get every alert at once (env NEWSWIRE_SUBSCRIBER_EMAILS). Without "
                    + "these and --subscribers: " + DEFAULT_SUBSCRIBER + ".")
    public String subscriberEmails;

    @Option(names = "--mail-from", defaultValue = "${env:NEWSWIRE_MAIL_FROM:-alerts@newswire.local}",
            description = "Sender of alert e-mails; its domain names the Message-IDs (env NEWSWIRE_MAIL_FROM; "
                    + "default: ${DEFAULT-VALUE}).")
    public String mailFrom;

    @Option(names = "--unsubscribe-url", defaultValue = "${env:NEWSWIRE_UNSUBSCRIBE_URL}",
            description = "One-click unsubscribe endpoint for List-Unsubscribe; the address is appended as "
                    + "'address=' (env NEWSWIRE_UNSUBSCRIBE_URL; default: a mailto: link only).")
    public String unsubscribeUrl;

    @Option(names = "--smtp-host", defaultValue = "${env:NEWSWIRE_SMTP_HOST:-localhost}",
            description = "(env NEWSWIRE_SMTP_HOST; default: ${DEFAULT-VALUE}).")
    public String smtpHost;

    @Option(names = "--smtp-port", defaultValue = "${env:NEWSWIRE_SMTP_PORT:-2525}",
            description = "(env NEWSWIRE_SMTP_PORT; default: ${DEFAULT-VALUE}).")
    public int smtpPort;

    @Option(names = "--smtp-starttls", negatable = true, defaultValue = "${env:NEWSWIRE_SMTP_STARTTLS:-false}",
            fallbackValue = "true",
            description = "Require STARTTLS (env NEWSWIRE_SMTP_STARTTLS; default: ${DEFAULT-VALUE}).")
    public boolean smtpStartTls;

    @Option(names = "--smtp-user", defaultValue = "${env:NEWSWIRE_SMTP_USER}",
            description = "Log in with this user when set (env NEWSWIRE_SMTP_USER).")
    public String smtpUser;

    @Option(names = "--smtp-password", defaultValue = "${env:NEWSWIRE_SMTP_PASSWORD}",
            description = "(env NEWSWIRE_SMTP_PASSWORD; prefer the variable to the flag, which shows in ps).")
    public String smtpPassword;

    @Option(names = "--smtp-timeout", paramLabel = "DURATION", defaultValue = "${env:NEWSWIRE_SMTP_TIMEOUT:-PT30S}",
            description = "Connect and read timeout, ISO-8601 (env NEWSWIRE_SMTP_TIMEOUT; default: ${DEFAULT-VALUE}).")
    public Duration smtpTimeout;

    @Option(names = "--smtp-retry-initial", paramLabel = "DURATION",
            defaultValue = "${env:NEWSWIRE_SMTP_RETRY_INITIAL:-PT1S}",
            description = "First wait after the SMTP server failed; doubled each time "
                    + "(env NEWSWIRE_SMTP_RETRY_INITIAL; default: ${DEFAULT-VALUE}).")
    public Duration smtpRetryInitial;

    @Option(names = "--smtp-retry-max", paramLabel = "DURATION", defaultValue = "${env:NEWSWIRE_SMTP_RETRY_MAX:-PT1M}",
            description = "Longest wait between SMTP retries (env NEWSWIRE_SMTP_RETRY_MAX; default: ${DEFAULT-VALUE}).")
    public Duration smtpRetryMax;

    /** Options as the command line would give them, for tests and the in-process runner. */
    public static AlertOptions parse(String... args) {
        return CommandLine.populateCommand(new AlertOptions(), args);
    }

    public SmtpSettings smtp() {
        return new SmtpSettings(smtpHost, smtpPort, smtpStartTls, smtpUser, smtpPassword, smtpTimeout);
    }
}
