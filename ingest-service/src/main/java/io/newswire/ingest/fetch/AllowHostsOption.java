package io.newswire.ingest.fetch;

import picocli.CommandLine.Option;

/** The allow-list flag, shared by the service (at fetch time) and the registry commands (at registration). */
public class AllowHostsOption {

    @Option(names = "--allow-hosts", paramLabel = "HOST[:PORT],...", defaultValue = "${env:NEWSWIRE_FETCH_ALLOW_HOSTS}",
            description = "Hosts that may resolve to private or loopback addresses, e.g. a local demo feed server; "
                    + "all others are refused (env NEWSWIRE_FETCH_ALLOW_HOSTS).")
    public String allowHosts;

    public AllowList allowList() {
        return AllowList.parse(allowHosts);
    }
}
