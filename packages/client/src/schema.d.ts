// Generated from openapi/postcare.json by scripts/openapi.ts. Do not edit.
export interface paths {
    "/v1/directory/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List public holidays
         * @description In date order; `year` for one calendar year, `status` `active` (default), `retired` or `all`. Pledge clocks skip active holidays.
         */
        get: operations["listPublicHolidays"];
        put?: never;
        /**
         * Declare a public holiday
         * @description Pledge clocks in every service stop on it from the next time they read the calendar (within a minute).
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["createPublicHoliday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/calendar/holidays/{holidayId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a public holiday */
        get: operations["getPublicHoliday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/calendar/holidays/{holidayId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a public holiday (declared in error, or moved)
         * @description The day is a working day again for deadlines computed from now on; deadlines already set stay as they were. The holiday stays listed with `status=retired`.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["retirePublicHoliday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/calendar/suspensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service suspensions
         * @description In order of their first day; `year` for those with a day in one calendar year, `status` `active` (default), `cancelled` or `all`.
         */
        get: operations["listServiceSuspensions"];
        put?: never;
        /**
         * Declare a service suspension (typhoon signal 8, black rainstorm, office closure)
         * @description Whole days, `from` to `to` inclusive. Pledge clocks of items at the offices named, in the districts named, or everywhere when neither is named, do not count these days.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["createServiceSuspension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/calendar/suspensions/{suspensionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a service suspension */
        get: operations["getServiceSuspension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/calendar/suspensions/{suspensionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a service suspension declared in error
         * @description Its days are working days again for deadlines computed from now on; deadlines already set stay as they were.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["cancelServiceSuspension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List districts */
        get: operations["listDistricts"];
        put?: never;
        /**
         * Create a district
         * @description Create a district
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["createDistrict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/districts/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a district */
        get: operations["getDistrict"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a district or change its area
         * @description Rename a district or change its area
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        patch: operations["updateDistrict"];
        trace?: never;
    };
    "/v1/directory/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List post offices */
        get: operations["listOffices"];
        put?: never;
        /**
         * Open a new post office
         * @description Open a new post office
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["createOffice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/offices/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a post office */
        get: operations["getOffice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an office's details
         * @description Change an office's details
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        patch: operations["updateOffice"];
        trace?: never;
    };
    "/v1/directory/offices/{code}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a post office
         * @description Close a post office
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["closeOffice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/offices/{code}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a closed post office
         * @description Reopen a closed post office
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["reopenOffice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List staff */
        get: operations["listStaff"];
        put?: never;
        /**
         * Add a member of staff
         * @description Add a member of staff
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["createStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/staff/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a member of staff */
        get: operations["getStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a staff member's details, office or active flag
         * @description Change a staff member's details, office or active flag
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        patch: operations["updateStaff"];
        trace?: never;
    };
    "/v1/feedback/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The feedback category taxonomy
         * @description Inactive categories are kept for old items but refused for new ones.
         */
        get: operations["listFeedbackCategories"];
        put?: never;
        /**
         * Add a category
         * @description Add a category
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["createFeedbackCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, retire or restore a category
         * @description Rename, retire or restore a category
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        patch: operations["updateFeedbackCategory"];
        trace?: never;
    };
    "/v1/feedback/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find feedback items
         * @description Newest received first. Filters combine; `queue` selects a work queue. Contact details are masked without `personal-data:read`.
         */
        get: operations["listFeedbackItems"];
        put?: never;
        /**
         * Submit a complaint, commendation or suggestion
         * @description Office-bound callers (counter terminals) may only submit for their own office. Send an Idempotency-Key so retries cannot create duplicates.
         */
        post: operations["createFeedbackItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a feedback item */
        get: operations["getFeedbackItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct an item's details */
        patch: operations["updateFeedbackItem"];
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an item
         * @description Records the acknowledgement (optionally the message sent) and whether it met the acknowledgement pledge. The body may be omitted.
         */
        post: operations["acknowledgeFeedbackItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign an item to a team and an officer
         * @description Null clears either.
         */
        post: operations["assignFeedbackItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/await-customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wait for the customer
         * @description Asks the customer for something; the reply clock pauses until `resume`.
         */
        post: operations["awaitFeedbackCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an item
         * @description A complaint needs its outcome, the remedy given (not empty unless the outcome is not_upheld or withdrawn) and a root cause; for other kinds the body may be omitted.
         */
        post: operations["closeFeedbackItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/erase-personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase the customer's personal data now
         * @description For an erasure request: name, contact details and membership number are removed for good; the item and its figures stay.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["eraseFeedbackPersonalData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate a complaint to its next stage
         * @description frontline → investigation → review_panel → external_dispute_resolution; each stage sets its own reply deadline.
         */
        post: operations["escalateFeedbackItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward a commendation
         * @description To the staff member concerned and their office (or the office it names).
         */
        post: operations["forwardFeedbackItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/investigate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start (or resume) investigating a complaint
         * @description From acknowledged, or from responded when the reply did not settle it.
         */
        post: operations["investigateFeedbackItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note (never sent to the customer) */
        post: operations["addFeedbackNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a closed complaint or suggestion
         * @description Clears the outcome and sets a new reply deadline for the current stage.
         */
        post: operations["reopenFeedbackItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a message sent to the customer */
        post: operations["addFeedbackReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the substantive reply
         * @description Records the reply sent to the customer and whether it met the pledge for the current stage.
         */
        post: operations["respondToFeedbackItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume after the customer answered
         * @description The working days spent waiting are added to the reply deadline.
         */
        post: operations["resumeFeedbackItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/{itemId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything that happened to an item, oldest first */
        get: operations["getFeedbackTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit up to 1,000 items at once
         * @description For offline terminals and imports. A body that does not match the schema is refused whole (400, with the item index in each field); otherwise each item is created or refused on its own, with its result at its index.
         */
        post: operations["createFeedbackItemBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/items/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export feedback items as CSV or NDJSON
         * @description Streams every item matching the filters (same as the list), newest first, without paging. Contact details are masked without `personal-data:read`.
         */
        get: operations["exportFeedbackItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/retention/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Anonymise items past the retention period now
         * @description The service also does this on its own every FEEDBACK_RETENTION_SWEEP_MINUTES; this runs it at once.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["runFeedbackRetention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published figures for a period
         * @description Give `from` and `to` (inclusive, at most 3,660 days), or `financialYear` such as `2012/13`, or neither for the current financial year. Days are the operator's local days (POSTCARE_TIME_ZONE): an item received at 00:30 local time on 1 April counts in the new financial year, whatever the hour in UTC. Counts are of items received in the period; pledges, outcomes, compensation and root causes are of acknowledgements, replies and closures made in it. The previous period is the previous financial year for a financial year, as many whole months before for whole months, otherwise as many days just before. A bad period is 400 `INVALID_PERIOD` naming `query/from`, `query/to` or `query/financialYear`.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        get: operations["getFeedbackStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gateway/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys, oldest first
         * @description A caller bound to a post office sees only the keys bound to that office.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Issue an API key
         * @description The response carries the secret, once: it is stored only as a hash. A retry with the same Idempotency-Key and body replays the first response. A key is given only scopes the caller holds (else 403 GATEWAY_SCOPE_NOT_HELD naming each scope), and a caller bound to a post office issues keys bound to that office only (else 403 OFFICE_NOT_PERMITTED).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gateway/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an API key (never its secret) */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gateway/api-keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description Takes effect at once on this gateway and within the key cache period (30 s) on every other replica. Irreversible. Only a caller holding every scope of the key may revoke it; keys from the gateway's configuration (the admin key, the services' own keys) are never revoked through the API.
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/follow-ups/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry pending follow-up cases now
         * @description Tries at once to open the feedback case of every pending follow-up not being worked on (up to 100 a call), without waiting for its `nextAttemptAt`. The service also does this by itself every `SURVEY_FOLLOW_UP_RETRY_SECONDS` for the follow-ups that are due. Follow-ups older than `SURVEY_FOLLOW_UP_GIVE_UP_HOURS` are marked `failed` instead (`gaveUp`); a call counts towards `SURVEY_FOLLOW_UP_MAX_ATTEMPTS`. Safe to repeat: each response opens at most one case.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["dispatchSurveyFollowUps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/personal-data/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase everything kept about a person, found by e-mail or phone
         * @description For an erasure request from a person, who knows their contact details but not response ids. Every response in every survey whose contact e-mail (case-insensitively) or phone (by its digits) matches, and every response to an invitation sent to that contact, is erased as `eraseSurveyResponsePersonalData` does; the invitations lose their contact hash, so the re-contact rule no longer recognises the person. One transaction: all of it or nothing. `followUpCases` lists the feedback cases to erase there. The e-mail and phone are neither stored nor logged.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["eraseSurveySubjectPersonalData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/retention/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Anonymise responses past the contact retention period now
         * @description Erases, as `eraseSurveyResponsePersonalData` does, every response whose contact details were given (`respondedAt`) more than `SURVEY_CONTACT_RETENTION_DAYS` ago, and removes the contact hash of invitations older than both that and `SURVEY_RECONTACT_DAYS`. The service also does this by itself every `SURVEY_RETENTION_SWEEP_MINUTES`; this runs it at once. Safe to repeat.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["runSurveyRetention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List surveys */
        get: operations["listSurveys"];
        put?: never;
        /**
         * Create a survey (its first definition version is a draft)
         * @description Create a survey (its first definition version is a draft)
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a survey with its latest definition */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a survey (a changed definition after publishing becomes a new draft version)
         * @description Change a survey (a changed definition after publishing becomes a new draft version)
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        patch: operations["updateSurvey"];
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop accepting responses for good
         * @description Stop accepting responses for good
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["closeSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/definition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest published definition, to render the survey offline */
        get: operations["getSurveyDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/equity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satisfaction by region class and office: the "same service wherever you are" promise, measured
         * @description The period is `from` and `to` (calendar days, inclusive, in the operator's time zone; at most 3,660 days) or a `financialYear` such as `2012/13`; without either, the current financial year there. A response counts on the local day it was given.
         *
         *     For one rating question (`questionId`, default the first `overall_satisfaction` question): the satisfied share by region class and by office (offices only with at least the minimum sample). `gap` is the best minus the worst region class with Newcombe's hybrid score 95% interval; it is `significant` when the interval excludes zero (`pValue` from the two-proportion z-test). `officesBelowThreshold` lists offices with enough responses whose share is below `threshold` (default the survey's `equityThreshold`, else the service's), lowest first; `significantlyBelow` when even the upper end of the interval is below it.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        get: operations["getSurveyEquity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/indices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KCSI-style and ACSI-style composite satisfaction indices (0-100)
         * @description The period is `from` and `to` (calendar days, inclusive, in the operator's time zone; at most 3,660 days) or a `financialYear` such as `2012/13`; without either, the current financial year there. A response counts on the local day it was given.
         *
         *     **KCSI-style index** (after the Korean Customer Satisfaction Index):
         *
         *         KCSI = w_o · S_overall + w_a · Σ_i (imp_i · S_i) / Σ_i imp_i + w_r · S_reuse
         *
         *     where every S is 100 × the item's top-box share (answers at or above its `topBoxMin`; on a 7-point scale, 6 and 7), S_overall averages the `overall_satisfaction` questions, S_i are the `attribute_satisfaction` questions with their `importance` (default 1), and S_reuse averages the `intention_reuse` questions. Default weights w_o = 0.3, w_a = 0.5, w_r = 0.2 (`indexWeights.kcsiOverall`, `kcsiAttributes`, `kcsiIntention`).
         *
         *     **ACSI-style index**: each item's mean answer rescaled to 0-100, (mean − min) / (max − min) × 100, and the index the weighted average of the `overall_satisfaction`, `expectation_confirmation` and `ideal_comparison` items (equal weights by default: `acsiOverall`, `acsiExpectation`, `acsiIdeal`).
         *
         *     Weights are set per survey and divided by their sum over the components the survey asks about, so a survey without, say, ideal-comparison questions is indexed on the others. A component with fewer responses than the minimum sample (its `n` is the smallest of its questions') has a null score, and then the index is null.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        get: operations["getSurveyIndices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone to answer, with a single-use token
         * @description The answer carries the token once; pass it as `invitationToken` with the response, which uses it up. The contact is kept only as a keyed hash, to enforce the re-contact rule: nobody is invited again within `SURVEY_RECONTACT_DAYS` (90 by default), whichever survey asks. An invitation for someone asked within that period is answered exactly like any other (so the answer never tells whether, or when, a person was contacted before), but it is never sent and its token is refused as an expired one is.
         */
        post: operations["createSurveyInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether an invitation has been used (the token is never shown again)
         * @description To a counter terminal (a key bound to a post office), an invitation of another office is 404.
         */
        get: operations["getSurveyInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start accepting responses
         * @description Start accepting responses
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["openSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop accepting responses for now
         * @description Stop accepting responses for now
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["pauseSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft definition as an immutable version
         * @description Publish the draft definition as an immutable version
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["publishSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List responses, oldest first
         * @description A counter terminal (a key bound to a post office) sees only the responses recorded for its own office.
         */
        get: operations["listSurveyResponses"];
        put?: never;
        /**
         * Record one response
         * @description Answers are checked against the published version (`surveyVersion`, default the latest): an unknown question, a wrong type or an out-of-range value is 422 `SURVEY_INVALID_ANSWERS` with `errors` naming each question. The office is checked in the directory and its district and region class are recorded with the response. A low score (see the survey's `followUp`) from a respondent who consented opens one feedback case; `followUp.status` is `pending` until it has. Send an Idempotency-Key: a retry with the same key and body replays the first response.
         */
        post: operations["submitSurveyResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/responses/{responseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one response with its follow-up case
         * @description To a counter terminal (a key bound to a post office), a response of another office is 404, as if it did not exist.
         */
        get: operations["getSurveyResponse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/responses/{responseId}/erase-personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase the respondent's personal data from one response now
         * @description For an erasure request naming a response: the contact name, phone and e-mail are removed for good, free-text answers become `[erased]`, a pending follow-up is `cancelled`, and the stored answer an Idempotency-Key replays is erased too (a retried submission replays the erased response; it is not recorded again). Ratings and choices stay, so results do not change. `contact_consent` is kept as what the respondent agreed to. A feedback case the response already opened (`followUp.caseReference`) holds the same contact details: erase it with `eraseFeedbackPersonalData`. Answers the response as it now reads (`personalData: erased`); repeating the request answers the same. Each request is written to the audit log with its `reason`.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        post: operations["eraseSurveyResponsePersonalData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/responses/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import fieldwork responses (all or none)
         * @description Up to 1,000 responses in one request, checked as one by one submissions are; if any is invalid none is recorded and `errors` lists every problem (`body/responses/{i}/...`). Accepted while the survey is open, paused or closed (fieldwork is often entered after it closes), with `respondedAt` inside its open and close dates.
         */
        post: operations["importSurveyResponses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satisfied shares, means and NPS per rating question and group
         * @description The period is `from` and `to` (calendar days, inclusive, in the operator's time zone; at most 3,660 days) or a `financialYear` such as `2012/13`; without either, the current financial year there. A response counts on the local day it was given.
         *
         *     For each rating question and group: `n` responses; the satisfied (top-box) share — answers at or above the question's `topBoxMin` (default the top two: 4-5 of 5, 6-7 of 7, 9-10 of 10) — with its Wilson score 95% interval; the mean answer; and for 0-10 questions the net promoter score (promoters 9-10 minus detractors 0-6, in points) with a 95% interval. A group with fewer responses than the survey's `minSampleSize` (default 30) is `suppressed` and carries no figures.
         *
         *     With `weighted=true`, responses are post-stratified to the survey's `segmentShares`: each respondent of segment s weighs P_s / (n_s / n); intervals then use Kish's effective sample size (`effectiveN`). Responses of segments without a share are left out of weighted figures.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        get: operations["getSurveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satisfied share per month, quarter or financial year, with significant changes marked
         * @description The period is `from` and `to` (calendar days, inclusive, in the operator's time zone; at most 3,660 days) or a `financialYear` such as `2012/13`; without either, the current financial year there. A response counts on the local day it was given.
         *
         *     Each point is a month (`2026-04`), calendar quarter (`2026-Q2`) or financial year (`2026/27`). `changeFromPrevious` compares a point with the previous point that was not suppressed by a two-sided two-proportion z-test with the pooled estimate; `significant` means p < 0.05.
         *
         *     Network-wide: refused (403 `OFFICE_NOT_PERMITTED`) to a caller bound to a post office, such as a counter terminal's key.
         */
        get: operations["getSurveyTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey/surveys/{surveyId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published (immutable) version of a survey's definition */
        get: operations["getSurveyVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcknowledgeFeedbackItem: {
            message?: string;
        };
        AddFeedbackNote: {
            body: string;
        };
        Answer: {
            questionId: components["schemas"]["QuestionId"];
            value: components["schemas"]["AnswerValue"];
        };
        /** @description A whole number on the question's scale for ratings, true/false for yes/no, an option value for single choice, option values for multiple choice, text for free text. An answer that does not fit its question is 422 `SURVEY_INVALID_ANSWERS` naming the question. */
        AnswerValue: number | boolean | string | string[];
        ApiKey: {
            id: components["schemas"]["Uuid"];
            name: string;
            scopes: components["schemas"]["ScopeName"][];
            /** @description Set for a counter terminal: the only office it may act for. */
            officeCode: components["schemas"]["OfficeCode"] | null;
            /** @description The first characters of the key, to recognise it. */
            prefix: string;
            /** @description Comes from the gateway's configuration (the admin key, a service's own key): it cannot be revoked through the API. */
            configured: boolean;
            createdAt: components["schemas"]["Instant"];
            revokedAt: components["schemas"]["Instant"] | null;
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            /** @description Null on the last page. */
            nextCursor: string | null;
        };
        AssignFeedbackItem: {
            team: string | null;
            officerId: string | null;
        };
        /**
         * @description The attribute an attribute-satisfaction question is about.
         * @enum {unknown}
         */
        Attribute: "product" | "service" | "image" | "price" | "accessibility" | "staff";
        BreakdownRow: {
            key: string;
            counts: components["schemas"]["KindCounts"];
        };
        /**
         * Format: date
         * @description A calendar date, `YYYY-MM-DD`, from 1800-01-01 to 2199-12-31.
         */
        CalendarDate: string;
        CancelServiceSuspension: {
            reason: string;
        };
        /** @description A code from the feedback category taxonomy (`GET /v1/feedback/categories`), e.g. `delay`. */
        CategoryCode: string;
        /**
         * @description The service channel a record came through.
         * @enum {unknown}
         */
        Channel: "counter" | "delivery" | "hotline" | "web" | "email" | "letter" | "mobile" | "social";
        ChoiceOption: {
            value: components["schemas"]["QuestionId"];
            label: components["schemas"]["LocalizedText"];
        };
        /** @description Complaints need `outcome`, `remedy` and `rootCause`; other kinds need nothing. An `upheld` or `partly_upheld` complaint needs a remedy that gives something (an apology, compensation above zero or a service recovery): an empty one (`{}`, all false or zero) is 422 FEEDBACK_CLOSURE_INCOMPLETE naming `body/remedy`, and is accepted only with `not_upheld` or `withdrawn`. */
        CloseFeedbackItem: {
            outcome?: components["schemas"]["ComplaintOutcome"];
            remedy?: components["schemas"]["Remedy"];
            rootCause?: components["schemas"]["RootCause"];
            note?: string;
        };
        CloseOffice: {
            closedOn: components["schemas"]["CalendarDate"];
        };
        /** @enum {unknown} */
        ComplaintOutcome: "upheld" | "partly_upheld" | "not_upheld" | "withdrawn";
        /**
         * @description Escalation stage of a complaint; each has its own reply deadline.
         * @enum {unknown}
         */
        ComplaintStage: "frontline" | "investigation" | "review_panel" | "external_dispute_resolution";
        CompositeIndex: {
            /** @description Null when a component the survey asks about has fewer responses than the minimum sample. Components without questions are left out and the other weights renormalised. */
            value: number | null;
            components: components["schemas"]["IndexComponent"][];
        };
        CreateApiKey: {
            name: string;
            scopes: components["schemas"]["ScopeName"][];
            officeCode?: components["schemas"]["OfficeCode"];
        };
        CreateDistrict: {
            code: components["schemas"]["DistrictCode"];
            name: string;
            area: string;
        };
        /**
         * @description Up to 1,000 items; each is accepted or refused on its own.
         * @example {
         *       "items": [
         *         {
         *           "kind": "complaint",
         *           "channel": "counter",
         *           "officeCode": "KLN012",
         *           "category": "counter_service",
         *           "subject": "Waited forty minutes at the counter",
         *           "description": "Only one of four counters was open at lunchtime and the queue reached the door. Nobody explained the delay.",
         *           "occurredAt": "2026-11-20T04:10:00Z",
         *           "receivedAt": "2026-11-20T05:02:00Z",
         *           "trackingNumbers": [
         *             "RR123456785HK"
         *           ],
         *           "remedySought": "An explanation, and more counters open at lunchtime.",
         *           "customer": {
         *             "anonymous": false,
         *             "name": "Chan Tai Man",
         *             "email": "tm.chan@example.org",
         *             "phone": "+852 2921 2222",
         *             "preferredReplyChannel": "email",
         *             "language": "en",
         *             "vulnerable": false,
         *             "vulnerabilityConsent": false
         *           }
         *         },
         *         {
         *           "kind": "commendation",
         *           "channel": "hotline",
         *           "officeCode": "KLN012",
         *           "category": "staff_conduct",
         *           "subject": "The postman carried my parcel up six floors",
         *           "description": "郵差先生在升降機故障時仍把包裹送到六樓，非常感謝。",
         *           "trackingNumbers": [],
         *           "customer": {
         *             "anonymous": true,
         *             "language": "zh-Hant",
         *             "vulnerable": false,
         *             "vulnerabilityConsent": false
         *           }
         *         }
         *       ]
         *     }
         * @example {
         *       "items": [
         *         {
         *           "kind": "commendation",
         *           "channel": "hotline",
         *           "officeCode": "KLN012",
         *           "category": "staff_conduct",
         *           "subject": "The postman carried my parcel up six floors",
         *           "description": "郵差先生在升降機故障時仍把包裹送到六樓，非常感謝。",
         *           "trackingNumbers": [],
         *           "customer": {
         *             "anonymous": true,
         *             "language": "zh-Hant",
         *             "vulnerable": false,
         *             "vulnerabilityConsent": false
         *           }
         *         }
         *       ]
         *     }
         */
        CreateFeedbackBatch: {
            items: components["schemas"]["CreateFeedbackItem"][];
        };
        CreateFeedbackCategory: {
            code: components["schemas"]["CategoryCode"];
            name: string;
        };
        /**
         * @example {
         *       "kind": "complaint",
         *       "channel": "counter",
         *       "officeCode": "KLN012",
         *       "category": "counter_service",
         *       "subject": "Waited forty minutes at the counter",
         *       "description": "Only one of four counters was open at lunchtime and the queue reached the door. Nobody explained the delay.",
         *       "occurredAt": "2026-11-20T04:10:00Z",
         *       "receivedAt": "2026-11-20T05:02:00Z",
         *       "trackingNumbers": [
         *         "RR123456785HK"
         *       ],
         *       "remedySought": "An explanation, and more counters open at lunchtime.",
         *       "customer": {
         *         "anonymous": false,
         *         "name": "Chan Tai Man",
         *         "email": "tm.chan@example.org",
         *         "phone": "+852 2921 2222",
         *         "preferredReplyChannel": "email",
         *         "language": "en",
         *         "vulnerable": false,
         *         "vulnerabilityConsent": false
         *       }
         *     }
         * @example {
         *       "kind": "commendation",
         *       "channel": "hotline",
         *       "officeCode": "KLN012",
         *       "category": "staff_conduct",
         *       "subject": "The postman carried my parcel up six floors",
         *       "description": "郵差先生在升降機故障時仍把包裹送到六樓，非常感謝。",
         *       "trackingNumbers": [],
         *       "customer": {
         *         "anonymous": true,
         *         "language": "zh-Hant",
         *         "vulnerable": false,
         *         "vulnerabilityConsent": false
         *       }
         *     }
         */
        CreateFeedbackItem: {
            kind: components["schemas"]["FeedbackKind"];
            channel: components["schemas"]["Channel"];
            officeCode: components["schemas"]["OfficeCode"];
            category: components["schemas"]["CategoryCode"];
            /** @description One line, as the customer would put it. */
            subject: string;
            /** @description What happened, in full. */
            description: string;
            occurredAt?: components["schemas"]["Instant"];
            receivedAt?: components["schemas"]["Instant"];
            /**
             * @description Postal items concerned; searchable with `trackingNumber`.
             * @default []
             */
            trackingNumbers: components["schemas"]["TrackingNumber"][];
            staffId?: components["schemas"]["StaffId"];
            /** @description What the customer asks us to do, in their words. */
            remedySought?: string;
            /** @description Defaults to true for complaints, false otherwise. */
            replyRequired?: boolean;
            customer: components["schemas"]["CustomerInput"];
        };
        CreateOffice: {
            code: components["schemas"]["OfficeCode"];
            name: string;
            districtCode: components["schemas"]["DistrictCode"];
            regionClass: components["schemas"]["RegionClass"];
            address: string;
            openedOn: components["schemas"]["CalendarDate"];
        };
        CreatePublicHoliday: {
            date: components["schemas"]["CalendarDate"];
            name: string;
        };
        CreateServiceSuspension: {
            from: components["schemas"]["CalendarDate"];
            to?: components["schemas"]["CalendarDate"];
            kind: components["schemas"]["SuspensionKind"];
            reason: string;
            /** @description The districts whose clocks stop; with neither list, the whole territory. */
            districtCodes?: components["schemas"]["DistrictCode"][];
            /** @description The offices whose clocks stop (besides those of the districts named). */
            officeCodes?: components["schemas"]["OfficeCode"][];
        };
        CreateStaff: {
            id: components["schemas"]["StaffId"];
            name: string;
            grade: components["schemas"]["StaffGrade"];
            officeCode: components["schemas"]["OfficeCode"];
        };
        /**
         * @example {
         *       "title": {
         *         "en": "Counter service satisfaction 2026/27",
         *         "zh-Hant": "2026/27 年度櫃位服務滿意度調查"
         *       },
         *       "description": {
         *         "en": "A few questions about your visit to the post office today.",
         *         "zh-Hant": "關於您今天到訪郵政局的幾個問題。"
         *       },
         *       "languages": [
         *         "en",
         *         "zh-Hant"
         *       ],
         *       "questions": [
         *         {
         *           "id": "overall",
         *           "type": "rating",
         *           "text": {
         *             "en": "Overall, how satisfied are you with our service today?",
         *             "zh-Hant": "整體而言，您對我們今天的服務有多滿意？"
         *           },
         *           "required": true,
         *           "scale": "1-5",
         *           "measures": "overall_satisfaction"
         *         },
         *         {
         *           "id": "counter_speed",
         *           "type": "rating",
         *           "text": {
         *             "en": "How satisfied are you with how quickly you were served?",
         *             "zh-Hant": "您對服務的速度有多滿意？"
         *           },
         *           "required": false,
         *           "scale": "1-5",
         *           "measures": "attribute_satisfaction",
         *           "attribute": "service",
         *           "importance": 2
         *         },
         *         {
         *           "id": "staff_courtesy",
         *           "type": "rating",
         *           "text": {
         *             "en": "How satisfied are you with the courtesy of our staff?",
         *             "zh-Hant": "您對職員的禮貌有多滿意？"
         *           },
         *           "required": false,
         *           "scale": "1-5",
         *           "measures": "attribute_satisfaction",
         *           "attribute": "staff",
         *           "importance": 1
         *         },
         *         {
         *           "id": "counter_channel",
         *           "type": "rating",
         *           "text": {
         *             "en": "How satisfied are you with our counter service in general?",
         *             "zh-Hant": "您對我們的櫃位服務整體有多滿意？"
         *           },
         *           "required": false,
         *           "scale": "1-5",
         *           "measures": "channel_satisfaction",
         *           "channel": "counter"
         *         },
         *         {
         *           "id": "expectation",
         *           "type": "rating",
         *           "text": {
         *             "en": "How well did the service meet your expectations?",
         *             "zh-Hant": "服務在多大程度上符合您的期望？"
         *           },
         *           "required": false,
         *           "scale": "1-10",
         *           "measures": "expectation_confirmation"
         *         },
         *         {
         *           "id": "ideal",
         *           "type": "rating",
         *           "text": {
         *             "en": "How close was the service to an ideal post office?",
         *             "zh-Hant": "服務與理想中的郵政局有多接近？"
         *           },
         *           "required": false,
         *           "scale": "1-10",
         *           "measures": "ideal_comparison"
         *         },
         *         {
         *           "id": "reuse",
         *           "type": "rating",
         *           "text": {
         *             "en": "How likely are you to use our counters again?",
         *             "zh-Hant": "您再次使用我們櫃位服務的可能性有多大？"
         *           },
         *           "required": false,
         *           "scale": "1-5",
         *           "measures": "intention_reuse"
         *         },
         *         {
         *           "id": "recommend",
         *           "type": "rating",
         *           "text": {
         *             "en": "How likely are you to recommend us to a friend?",
         *             "zh-Hant": "您向朋友推薦我們的可能性有多大？"
         *           },
         *           "required": false,
         *           "scale": "0-10",
         *           "measures": "intention_recommend"
         *         },
         *         {
         *           "id": "visit_purpose",
         *           "type": "single_choice",
         *           "text": {
         *             "en": "What did you come in for?",
         *             "zh-Hant": "您今天到訪的目的是甚麼？"
         *           },
         *           "required": false,
         *           "options": [
         *             {
         *               "value": "letters",
         *               "label": {
         *                 "en": "Letters",
         *                 "zh-Hant": "信件"
         *               }
         *             },
         *             {
         *               "value": "parcels",
         *               "label": {
         *                 "en": "Parcels",
         *                 "zh-Hant": "包裹"
         *               }
         *             },
         *             {
         *               "value": "payments",
         *               "label": {
         *                 "en": "Bill payments",
         *                 "zh-Hant": "繳費"
         *               }
         *             },
         *             {
         *               "value": "other",
         *               "label": {
         *                 "en": "Something else",
         *                 "zh-Hant": "其他"
         *               }
         *             }
         *           ]
         *         },
         *         {
         *           "id": "extras",
         *           "type": "multiple_choice",
         *           "text": {
         *             "en": "Did you also buy any of these?",
         *             "zh-Hant": "您有否同時購買以下物品？"
         *           },
         *           "required": false,
         *           "options": [
         *             {
         *               "value": "stamps",
         *               "label": {
         *                 "en": "Stamps",
         *                 "zh-Hant": "郵票"
         *               }
         *             },
         *             {
         *               "value": "packaging",
         *               "label": {
         *                 "en": "Packaging",
         *                 "zh-Hant": "包裝物料"
         *               }
         *             },
         *             {
         *               "value": "philately",
         *               "label": {
         *                 "en": "Philatelic products",
         *                 "zh-Hant": "集郵產品"
         *               }
         *             }
         *           ]
         *         },
         *         {
         *           "id": "returning",
         *           "type": "yes_no",
         *           "text": {
         *             "en": "Have you used this office before?",
         *             "zh-Hant": "您以前曾使用這間郵政局嗎？"
         *           },
         *           "required": false
         *         },
         *         {
         *           "id": "comments",
         *           "type": "free_text",
         *           "text": {
         *             "en": "Anything else you would like to tell us?",
         *             "zh-Hant": "您還有其他意見嗎？"
         *           },
         *           "required": false,
         *           "maxLength": 2000
         *         }
         *       ],
         *       "followUp": {
         *         "questionId": "overall",
         *         "atOrBelow": 2,
         *         "category": "counter_service"
         *       },
         *       "segmentShares": {
         *         "general_public": 0.7,
         *         "business_customer": 0.2,
         *         "philatelist": 0.05,
         *         "club_member": 0.05
         *       },
         *       "minSampleSize": 30,
         *       "equityThreshold": 0.8
         *     }
         * @example {
         *       "title": {
         *         "en": "Hotline follow-up survey",
         *         "zh-Hant": "熱線服務跟進調查",
         *         "ko": "상담 전화 후속 설문"
         *       },
         *       "languages": [
         *         "en",
         *         "zh-Hant",
         *         "ko"
         *       ],
         *       "questions": [
         *         {
         *           "id": "overall",
         *           "type": "rating",
         *           "text": {
         *             "en": "Overall, how satisfied are you with our service today?",
         *             "zh-Hant": "整體而言，您對我們今天的服務有多滿意？",
         *             "ko": "오늘 저희 서비스에 전반적으로 얼마나 만족하셨습니까?"
         *           },
         *           "required": true,
         *           "scale": "1-5",
         *           "measures": "overall_satisfaction"
         *         },
         *         {
         *           "id": "recommend",
         *           "type": "rating",
         *           "text": {
         *             "en": "How likely are you to recommend us to a friend?",
         *             "zh-Hant": "您向朋友推薦我們的可能性有多大？",
         *             "ko": "친구에게 저희를 추천하실 가능성은 얼마나 됩니까?"
         *           },
         *           "required": false,
         *           "scale": "0-10",
         *           "measures": "intention_recommend"
         *         },
         *         {
         *           "id": "comments",
         *           "type": "free_text",
         *           "text": {
         *             "en": "Anything else you would like to tell us?",
         *             "zh-Hant": "您還有其他意見嗎？",
         *             "ko": "더 하고 싶은 말씀이 있으십니까?"
         *           },
         *           "required": false
         *         }
         *       ],
         *       "targetChannels": [
         *         "hotline",
         *         "web",
         *         "mobile"
         *       ],
         *       "opensOn": "2026-04-01",
         *       "closesOn": "2027-03-31"
         *     }
         */
        CreateSurvey: {
            title: components["schemas"]["LocalizedText"];
            description?: components["schemas"]["LocalizedText"];
            languages: components["schemas"]["SurveyLanguage"][];
            questions: components["schemas"]["Question"][];
            /** @description Channels responses may come through; empty means any. */
            targetChannels?: components["schemas"]["Channel"][];
            opensOn?: components["schemas"]["CalendarDate"];
            closesOn?: components["schemas"]["CalendarDate"];
            indexWeights?: components["schemas"]["IndexWeights"];
            segmentShares?: components["schemas"]["SegmentShares"];
            followUp?: components["schemas"]["FollowUpRule"];
            /** Format: int32 */
            minSampleSize?: number;
            equityThreshold?: number;
        };
        /**
         * @example {
         *       "channel": "counter",
         *       "officeCode": "KLN012",
         *       "contact": "tm.chan@example.org"
         *     }
         * @example {
         *       "channel": "mobile",
         *       "contact": "+852 9123 4567"
         *     }
         */
        CreateSurveyInvitation: {
            channel: components["schemas"]["Channel"];
            officeCode?: components["schemas"]["OfficeCode"];
            /** @description Phone number or e-mail the invitation goes to; kept only as a keyed hash, for the re-contact rule. */
            contact: string;
        };
        Customer: {
            anonymous: boolean;
            name: string | null;
            email: string | null;
            phone: string | null;
            address: string | null;
            preferredReplyChannel: components["schemas"]["ReplyChannel"];
            language: string;
            membershipNumber: string | null;
            vulnerable: boolean;
            /**
             * @description `masked` unless the caller holds `personal-data:read`; `erased` after an erasure request or the retention period.
             * @enum {unknown}
             */
            personalData: "full" | "masked" | "erased";
        };
        CustomerInput: {
            /**
             * @description No name or contact details are kept. Not allowed when a reply is required.
             * @default false
             */
            anonymous: boolean;
            name?: string;
            /** Format: email */
            email?: string;
            phone?: string;
            address?: string;
            preferredReplyChannel?: components["schemas"]["ReplyChannel"];
            /**
             * @description BCP 47 tag for replies, e.g. `en`, `zh-Hant`.
             * @default en
             */
            language: string;
            /** @description PostalPlus / e-Club membership number. */
            membershipNumber?: string;
            /**
             * @description The customer is vulnerable; raises priority. Requires `vulnerabilityConsent`.
             * @default false
             */
            vulnerable: boolean;
            /**
             * @description The customer consented to the vulnerability flag being recorded.
             * @default false
             */
            vulnerabilityConsent: boolean;
        };
        Deadlines: {
            acknowledgeBy: components["schemas"]["CalendarDate"];
            /** @description Substantive reply due for the current stage; null for commendations. */
            replyBy: components["schemas"]["CalendarDate"] | null;
            /** @description An open item whose next deadline has passed (never while awaiting the customer). */
            overdue: boolean;
            /**
             * Format: int32
             * @description Working days spent awaiting the customer, added to the reply deadline.
             */
            pausedWorkingDays: number;
            acknowledgementBreached: boolean;
            replyBreached: boolean;
        };
        District: {
            code: components["schemas"]["DistrictCode"];
            name: string;
            /** @description The wider area the district belongs to, e.g. `Kowloon`. */
            area: string;
            /** Format: int32 */
            version: number;
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
        };
        /** @description A three-letter district code, e.g. `KLN`. */
        DistrictCode: string;
        DistrictPage: {
            items: components["schemas"]["District"][];
            /** @description Null on the last page. */
            nextCursor: string | null;
        };
        EquityGap: {
            best: string;
            worst: string;
            difference: number;
            interval: components["schemas"]["Interval"];
            pValue: number;
            /** @description The Newcombe 95% interval of the difference excludes zero. */
            significant: boolean;
        };
        EquityGroup: {
            group: string | null;
            /** Format: int32 */
            n: number;
            suppressed: boolean;
            satisfied: components["schemas"]["SatisfiedShare"] | null;
        };
        EraseSurveyResponsePersonalData: {
            /** @description Why, e.g. the erasure request's reference. Kept in the audit log: do not write the person's name or contact details here. */
            reason: string;
        };
        /** @description Who asked to be erased: an e-mail address, a phone number or both (at least one; neither is 422 `SURVEY_INVALID_ERASURE_REQUEST`). Neither is stored or logged. */
        EraseSurveySubject: {
            /**
             * Format: email
             * @description The person's e-mail address; compared case-insensitively.
             */
            email?: string;
            /** @description The person's phone number; compared by its digits (and a leading +), so `+852 2921 2222` and `+85229212222` are the same. */
            phone?: string;
            /** @description Why, e.g. the erasure request's reference. Kept in the audit log: do not write the person's name or contact details here. */
            reason: string;
        };
        FeedbackBatchResponse: {
            /** Format: int32 */
            created: number;
            /** Format: int32 */
            rejected: number;
            results: components["schemas"]["FeedbackBatchResult"][];
        };
        FeedbackBatchResult: {
            /** Format: int32 */
            index: number;
            /**
             * Format: int32
             * @description 201 when created, otherwise the status the item alone would have had.
             */
            status: number;
            item?: components["schemas"]["FeedbackItem"];
            problem?: components["schemas"]["Problem"];
        };
        FeedbackCategory: {
            code: components["schemas"]["CategoryCode"];
            name: string;
            active: boolean;
            /** Format: int32 */
            version: number;
        };
        FeedbackCategoryList: {
            items: components["schemas"]["FeedbackCategory"][];
        };
        /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
        FeedbackItem: {
            id: components["schemas"]["Uuid"];
            reference: components["schemas"]["FeedbackReference"];
            kind: components["schemas"]["FeedbackKind"];
            status: components["schemas"]["FeedbackStatus"];
            stage: components["schemas"]["ComplaintStage"] | null;
            priority: components["schemas"]["FeedbackPriority"];
            channel: components["schemas"]["Channel"];
            officeCode: components["schemas"]["OfficeCode"];
            districtCode: components["schemas"]["DistrictCode"];
            regionClass: components["schemas"]["RegionClass"];
            category: components["schemas"]["CategoryCode"];
            subject: string;
            description: string;
            occurredAt: components["schemas"]["Instant"] | null;
            receivedAt: components["schemas"]["Instant"];
            trackingNumbers: components["schemas"]["TrackingNumber"][];
            staffId: components["schemas"]["StaffId"] | null;
            remedySought: string | null;
            replyRequired: boolean;
            customer: components["schemas"]["Customer"];
            team: string | null;
            officerId: string | null;
            deadlines: components["schemas"]["Deadlines"];
            acknowledgedAt: components["schemas"]["Instant"] | null;
            respondedAt: components["schemas"]["Instant"] | null;
            forwardedAt: components["schemas"]["Instant"] | null;
            forwardedToOffice: components["schemas"]["OfficeCode"] | null;
            closedAt: components["schemas"]["Instant"] | null;
            outcome: components["schemas"]["ComplaintOutcome"] | null;
            remedy: components["schemas"]["Remedy"] | null;
            rootCause: components["schemas"]["RootCause"] | null;
            /** Format: int32 */
            version: number;
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
        };
        FeedbackItemPage: {
            items: components["schemas"]["FeedbackItem"][];
            /** @description Null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description complaint, commendation or suggestion.
         * @enum {unknown}
         */
        FeedbackKind: "complaint" | "commendation" | "suggestion";
        /**
         * @description `high` for consented vulnerable customers, or when set by a case handler.
         * @enum {unknown}
         */
        FeedbackPriority: "normal" | "high";
        /** @description Human-readable reference, unique per kind and year, e.g. `CMP-2013-000304`. */
        FeedbackReference: string;
        FeedbackStatistics: {
            period: components["schemas"]["Period"];
            previousPeriod: components["schemas"]["Period"];
            byKind: {
                kind: components["schemas"]["FeedbackKind"];
                /** Format: int64 */
                count: number;
                /** Format: int64 */
                previousCount: number;
                /** @description Percent to one decimal; null when there is nothing to compare. */
                changePercent: number | null;
            }[];
            byChannel: components["schemas"]["BreakdownRow"][];
            byCategory: components["schemas"]["BreakdownRow"][];
            byOffice: components["schemas"]["BreakdownRow"][];
            byDistrict: components["schemas"]["BreakdownRow"][];
            byRegionClass: components["schemas"]["BreakdownRow"][];
            /** @description Acknowledgements and first substantive replies made in the period, and how many met their pledge. */
            pledges: {
                /** Format: int64 */
                acknowledged: number;
                /** Format: int64 */
                acknowledgedOnTime: number;
                /** @description Percent to one decimal; null when there is nothing to compare. */
                acknowledgedOnTimePercent: number | null;
                /** Format: int64 */
                answered: number;
                /** Format: int64 */
                answeredOnTime: number;
                /** @description Percent to one decimal; null when there is nothing to compare. */
                answeredOnTimePercent: number | null;
            };
            /** @description Complaints closed in the period, by outcome. */
            outcomes: {
                /** Format: int64 */
                closed: number;
                /** Format: int64 */
                upheld: number;
                /** Format: int64 */
                partlyUpheld: number;
                /** Format: int64 */
                notUpheld: number;
                /** Format: int64 */
                withdrawn: number;
            };
            compensationPaid: components["schemas"]["Money"];
            topRootCauses: {
                rootCause: components["schemas"]["RootCause"];
                /** Format: int64 */
                count: number;
            }[];
            regionClassComparison: {
                regionClass: components["schemas"]["RegionClass"];
                /** Format: int64 */
                complaints: number;
                /** Format: int64 */
                commendations: number;
                commendationsPerComplaint: number | null;
            }[];
        };
        /**
         * @description Where the item is in its workflow. `awaiting_customer` pauses the pledge clock; `forwarded` is for commendations.
         * @enum {unknown}
         */
        FeedbackStatus: "received" | "acknowledged" | "investigating" | "awaiting_customer" | "responded" | "forwarded" | "closed";
        FieldError: {
            /** @description Where the problem is: `body/items/3/officeCode`, `query/limit`. */
            field: string;
            message: string;
        };
        /** @description A financial year, April to March by default, e.g. `2012/13`: the year it starts in and the last two digits of the next. From 1800/01 to 2198/99. */
        FinancialYear: string;
        /** @description The feedback case a low score opened (only when the respondent consented to be contacted). `pending` until the feedback service has accepted it; retries reuse one Idempotency-Key, so a response never opens two cases, and stop before the feedback service could have forgotten that key. */
        FollowUp: {
            status: components["schemas"]["FollowUpStatus"];
            caseId: string | null;
            caseReference: components["schemas"]["FeedbackReference"] | null;
            openedAt: components["schemas"]["Instant"] | null;
            /**
             * Format: int32
             * @description Calls made to the feedback service so far; failed ones are retried with a growing pause, up to `SURVEY_FOLLOW_UP_MAX_ATTEMPTS`.
             */
            attempts: number;
            /** @description When a `pending` follow-up is next tried by the service's own sweep (1 minute after the first failure, doubling, at most 1 hour); null when it is tried at once or is no longer pending. `dispatchSurveyFollowUps` tries it sooner. */
            nextAttemptAt: components["schemas"]["Instant"] | null;
            /** @description Why the last call failed or why the follow-up was given up: the HTTP status and problem code of the feedback service, never its answer's text or any personal data. Null once opened or cancelled. */
            lastError: string | null;
        };
        /** @description What one retry pass over pending follow-ups did. */
        FollowUpDispatch: {
            /**
             * Format: int32
             * @description Follow-ups the feedback service was called for.
             */
            attempted: number;
            /**
             * Format: int32
             * @description Of those, cases the feedback service accepted.
             */
            opened: number;
            /**
             * Format: int32
             * @description Of those, calls that failed (still `pending` with a later `nextAttemptAt`, or `failed` for good).
             */
            failed: number;
            /**
             * Format: int32
             * @description Follow-ups marked `failed` without a call, because they stayed unopened longer than `SURVEY_FOLLOW_UP_GIVE_UP_HOURS`: a call that late could open a second case.
             */
            gaveUp: number;
        };
        /** @description When a low score opens a case in the feedback service. */
        FollowUpRule: {
            questionId: components["schemas"]["QuestionId"];
            /**
             * Format: int32
             * @description An answer at or below this opens a case (when the respondent agreed to be contacted).
             */
            atOrBelow: number;
            category?: components["schemas"]["CategoryCode"];
        };
        /**
         * @description `pending`: the case is not open yet and will be retried; `opened`: the feedback service accepted it (`caseReference`); `failed`: given up for good (the feedback service refused the case, `SURVEY_FOLLOW_UP_MAX_ATTEMPTS` calls failed, or it stayed unopened longer than `SURVEY_FOLLOW_UP_GIVE_UP_HOURS`), see `lastError`; `cancelled`: the respondent's personal data was erased before the case was opened. More values may be added; treat an unknown one as final.
         * @enum {unknown}
         */
        FollowUpStatus: "pending" | "opened" | "failed" | "cancelled";
        Health: {
            status: "ok" | "unavailable";
            service: string;
            checks?: {
                [key: string]: string;
            };
        };
        ImportedSurveyResponses: {
            /** Format: int32 */
            imported: number;
            ids: components["schemas"]["Uuid"][];
        };
        /**
         * @description Fieldwork results: all are recorded or, if any is invalid, none.
         * @example {
         *       "responses": [
         *         {
         *           "channel": "counter",
         *           "officeCode": "KLN012",
         *           "segment": "general_public",
         *           "language": "en",
         *           "respondedAt": "2026-11-20T02:15:00Z",
         *           "answers": [
         *             {
         *               "questionId": "overall",
         *               "value": 5
         *             },
         *             {
         *               "questionId": "counter_speed",
         *               "value": 4
         *             },
         *             {
         *               "questionId": "staff_courtesy",
         *               "value": 5
         *             },
         *             {
         *               "questionId": "counter_channel",
         *               "value": 5
         *             },
         *             {
         *               "questionId": "expectation",
         *               "value": 9
         *             },
         *             {
         *               "questionId": "ideal",
         *               "value": 8
         *             },
         *             {
         *               "questionId": "reuse",
         *               "value": 5
         *             },
         *             {
         *               "questionId": "recommend",
         *               "value": 9
         *             },
         *             {
         *               "questionId": "visit_purpose",
         *               "value": "parcels"
         *             },
         *             {
         *               "questionId": "extras",
         *               "value": [
         *                 "stamps",
         *                 "packaging"
         *               ]
         *             },
         *             {
         *               "questionId": "returning",
         *               "value": true
         *             },
         *             {
         *               "questionId": "comments",
         *               "value": "Quick and friendly, thank you."
         *             }
         *           ]
         *         },
         *         {
         *           "channel": "letter",
         *           "language": "zh-Hant",
         *           "respondedAt": "2026-11-21T06:40:00Z",
         *           "answers": [
         *             {
         *               "questionId": "overall",
         *               "value": 4
         *             },
         *             {
         *               "questionId": "returning",
         *               "value": true
         *             }
         *           ]
         *         }
         *       ]
         *     }
         * @example {
         *       "responses": [
         *         {
         *           "channel": "counter",
         *           "officeCode": "KLN012",
         *           "segment": "business_customer",
         *           "language": "zh-Hant",
         *           "respondedAt": "2026-11-22T03:00:00Z",
         *           "answers": [
         *             {
         *               "questionId": "overall",
         *               "value": 2
         *             },
         *             {
         *               "questionId": "counter_speed",
         *               "value": 1
         *             },
         *             {
         *               "questionId": "recommend",
         *               "value": 3
         *             },
         *             {
         *               "questionId": "visit_purpose",
         *               "value": "payments"
         *             },
         *             {
         *               "questionId": "returning",
         *               "value": false
         *             },
         *             {
         *               "questionId": "comments",
         *               "value": "等候時間太長。"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        ImportSurveyResponses: {
            responses: components["schemas"]["SubmitSurveyResponse"][];
        };
        IndexComponent: {
            component: string;
            questionIds: components["schemas"]["QuestionId"][];
            weight: number;
            score: number | null;
            /** Format: int32 */
            n: number;
        };
        /** @description Weights of the composite indices; see getSurveyIndices for the formulas. */
        IndexWeights: {
            /** @default 0.3 */
            kcsiOverall: number;
            /** @default 0.5 */
            kcsiAttributes: number;
            /** @default 0.2 */
            kcsiIntention: number;
            /** @default 0.3333333333333333 */
            acsiOverall: number;
            /** @default 0.3333333333333333 */
            acsiExpectation: number;
            /** @default 0.3333333333333333 */
            acsiIdeal: number;
        };
        /**
         * Format: date-time
         * @description An ISO-8601 instant, for example `2026-11-23T08:30:00Z`, between 1800-01-01 and 2199-12-31.
         */
        Instant: string;
        /** @description A 95% confidence interval, in the unit of its figure: 0-1 for shares and differences of shares, points (-100 to 100) for NPS. */
        Interval: {
            lower: number;
            upper: number;
        };
        IssuedApiKey: {
            apiKey: components["schemas"]["ApiKey"];
            /** @description The key itself. Shown once; store it now. */
            secret: string;
        };
        KindCounts: {
            /** Format: int64 */
            complaint: number;
            /** Format: int64 */
            commendation: number;
            /** Format: int64 */
            suggestion: number;
            /** Format: int64 */
            total: number;
        };
        /** @description The same text in each language of the survey (every language the survey lists must be present). */
        LocalizedText: {
            en?: string;
            "zh-Hant"?: string;
            ko?: string;
        };
        /**
         * @description What a rating question measures. `channel_satisfaction` names its `channel`; `attribute_satisfaction` names its `attribute` and may carry an `importance` (KCSI weight); `expectation_confirmation` and `ideal_comparison` are the other two ACSI satisfaction items.
         * @enum {unknown}
         */
        Measure: "overall_satisfaction" | "channel_satisfaction" | "attribute_satisfaction" | "expectation_confirmation" | "ideal_comparison" | "intention_reuse" | "intention_recommend";
        Money: {
            /**
             * Format: int64
             * @description Integer minor units (cents).
             */
            amountMinor: number;
            /** @description ISO 4217 code. */
            currency: string;
        };
        /** @description Promoters (9-10) minus detractors (0-6), in points, with a 95% interval. */
        NetPromoterScore: {
            score: number;
            promoters: number;
            passives: number;
            detractors: number;
            interval: components["schemas"]["Interval"];
        };
        Office: {
            code: components["schemas"]["OfficeCode"];
            name: string;
            districtCode: components["schemas"]["DistrictCode"];
            regionClass: components["schemas"]["RegionClass"];
            address: string;
            status: components["schemas"]["OfficeStatus"];
            openedOn: components["schemas"]["CalendarDate"];
            closedOn: components["schemas"]["CalendarDate"] | null;
            /** Format: int32 */
            version: number;
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
        };
        OfficeBelowThreshold: {
            officeCode: components["schemas"]["OfficeCode"];
            /** Format: int32 */
            n: number;
            satisfied: components["schemas"]["SatisfiedShare"];
            /** @description Even the upper end of the interval is below the threshold. */
            significantlyBelow: boolean;
        };
        /** @description A post office code: three letters of the district and a three-digit number, e.g. `KLN012`. */
        OfficeCode: string;
        OfficePage: {
            items: components["schemas"]["Office"][];
            /** @description Null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {unknown} */
        OfficeStatus: "open" | "closed";
        Period: {
            from: components["schemas"]["CalendarDate"];
            to: components["schemas"]["CalendarDate"];
        };
        Problem: {
            /** @description A URI naming the kind of problem. */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string;
            instance?: string;
            /** @description Stable machine code, e.g. `FEEDBACK_NOT_FOUND`. */
            code: string;
            requestId: string;
            errors?: components["schemas"]["FieldError"][];
            /** @description For illegal transitions: the commands allowed now. */
            allowed?: string[];
        } & {
            [key: string]: unknown;
        };
        ProportionChange: {
            difference: number;
            z: number;
            pValue: number;
            /** @description Two-sided two-proportion z-test at the 5% level. */
            significant: boolean;
        };
        PublicHoliday: {
            id: components["schemas"]["Uuid"];
            date: components["schemas"]["CalendarDate"];
            /** @description e.g. `Lunar New Year's Day`. */
            name: string;
            status: components["schemas"]["PublicHolidayStatus"];
            retiredAt: components["schemas"]["Instant"] | null;
            /** Format: int32 */
            version: number;
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
        };
        PublicHolidayPage: {
            items: components["schemas"]["PublicHoliday"][];
            /** @description Null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description `retired`: no longer a holiday (declared in error, or moved); kept so the deadlines computed with it can be explained.
         * @enum {unknown}
         */
        PublicHolidayStatus: "active" | "retired";
        /** @description A question. Rating questions need `scale`; choice questions need `options`. */
        Question: {
            id: components["schemas"]["QuestionId"];
            type: components["schemas"]["QuestionType"];
            text: components["schemas"]["LocalizedText"];
            /** @default false */
            required: boolean;
            scale?: components["schemas"]["RatingScale"];
            measures?: components["schemas"]["Measure"];
            channel?: components["schemas"]["Channel"];
            attribute?: components["schemas"]["Attribute"];
            /** @description Relative importance of an attribute in the KCSI (weights are normalised); default 1. */
            importance?: number;
            /**
             * Format: int32
             * @description The lowest answer counted as satisfied. Defaults: 4 on 1-5 (top 2), 6 on 1-7 (top 2), 9 on 1-10 and 0-10 (top 2).
             */
            topBoxMin?: number;
            /** @description Choices of a single- or multiple-choice question. */
            options?: components["schemas"]["ChoiceOption"][];
            /**
             * Format: int32
             * @description Longest free-text answer; default 2000.
             */
            maxLength?: number;
        };
        /** @description A question's key within its survey, stable across versions, e.g. `overall` or `counter_speed`. */
        QuestionId: string;
        QuestionResults: {
            questionId: components["schemas"]["QuestionId"];
            scale: components["schemas"]["RatingScale"];
            measures: components["schemas"]["Measure"] | null;
            /** Format: int32 */
            topBoxMin: number;
            groups: components["schemas"]["ResultGroup"][];
        };
        /** @enum {unknown} */
        QuestionType: "rating" | "single_choice" | "multiple_choice" | "yes_no" | "free_text";
        /**
         * @description The answers a rating question takes: whole numbers from the first to the last, inclusive.
         * @enum {unknown}
         */
        RatingScale: "1-5" | "1-7" | "1-10" | "0-10";
        ReasonedCommand: {
            reason: string;
        };
        /**
         * @description How the place an office serves is classed, for service-equity figures: urban, rural, coastal or island_remote.
         * @enum {unknown}
         */
        RegionClass: "urban" | "rural" | "coastal" | "island_remote";
        /** @description What the customer was given. It may be empty (`{}`) only for a complaint closed `not_upheld` or `withdrawn`. */
        Remedy: {
            /** @default false */
            apology: boolean;
            compensation?: components["schemas"]["Money"];
            /** @description What was done to put the service right, e.g. redelivery. */
            serviceRecovery?: string;
        };
        /**
         * @description How the customer wants to be answered.
         * @enum {unknown}
         */
        ReplyChannel: "email" | "phone" | "sms" | "letter" | "none";
        RespondentContact: {
            /** @description Only with consent is anything here kept; without it the response stays anonymous. Consent needs a phone or e-mail. */
            consentToContact: boolean;
            name?: string;
            phone?: string;
            /** Format: email */
            email?: string;
        };
        /** @enum {unknown} */
        RespondentSegment: "general_public" | "business_customer" | "philatelist" | "club_member";
        /** @description The substantive reply sent to the customer. */
        RespondToFeedbackItem: {
            message: string;
        };
        ResultGroup: {
            /** @description The group's value: `all` without grouping, a channel, office code, district code, region class or segment, `2026-04` for a month, `2026-Q2` for a calendar quarter; null for responses without an office when grouping by office, district or region class. */
            group: string | null;
            /** Format: int32 */
            n: number;
            /** @description Kish effective sample size (equals n unless weighted). */
            effectiveN: number;
            /** @description Fewer responses than the minimum sample: no figures are given. */
            suppressed: boolean;
            satisfied: components["schemas"]["SatisfiedShare"] | null;
            mean: number | null;
            /** @description Only for 0-10 questions. */
            nps: components["schemas"]["NetPromoterScore"] | null;
        };
        /** @enum {unknown} */
        ResultsGrouping: "none" | "channel" | "office" | "district" | "region_class" | "segment" | "month" | "quarter";
        RetentionRunResult: {
            /** Format: int64 */
            anonymised: number;
        };
        /**
         * @description Root-cause category recorded when a complaint is closed.
         * @enum {unknown}
         */
        RootCause: "process_failure" | "staff_error" | "staff_conduct" | "system_fault" | "capacity_or_staffing" | "third_party" | "address_or_information" | "weather_or_force_majeure" | "policy_or_pricing" | "customer_error" | "no_fault_found";
        /** @description Top-box share with its Wilson score 95% interval. */
        SatisfiedShare: {
            share: number;
            /** @description Satisfied answers (weighted when the results are). */
            satisfied: number;
            interval: components["schemas"]["Interval"];
        };
        /**
         * @description A permission a caller can hold.
         * @enum {unknown}
         */
        ScopeName: "directory:read" | "directory:write" | "feedback:read" | "feedback:write" | "feedback:manage" | "survey:read" | "survey:write" | "survey:manage" | "membership:read" | "membership:write" | "liaison:read" | "liaison:write" | "personal-data:read" | "admin:keys";
        /** @description Population share of each respondent segment, for post-stratification weights. */
        SegmentShares: {
            general_public?: number;
            business_customer?: number;
            philatelist?: number;
            club_member?: number;
        };
        ServiceSuspension: {
            id: components["schemas"]["Uuid"];
            from: components["schemas"]["CalendarDate"];
            to: components["schemas"]["CalendarDate"];
            kind: components["schemas"]["SuspensionKind"];
            reason: string;
            /** @description True when no district or office is named: every clock in the territory stops. */
            territoryWide: boolean;
            districtCodes: components["schemas"]["DistrictCode"][];
            officeCodes: components["schemas"]["OfficeCode"][];
            status: components["schemas"]["SuspensionStatus"];
            cancelledAt: components["schemas"]["Instant"] | null;
            cancelReason: string | null;
            /** Format: int32 */
            version: number;
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
        };
        ServiceSuspensionPage: {
            items: components["schemas"]["ServiceSuspension"][];
            /** @description Null on the last page. */
            nextCursor: string | null;
        };
        Staff: {
            id: components["schemas"]["StaffId"];
            name: string;
            grade: components["schemas"]["StaffGrade"];
            officeCode: components["schemas"]["OfficeCode"];
            active: boolean;
            /** Format: int32 */
            version: number;
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
        };
        /**
         * @description Grade or role of a member of staff.
         * @enum {unknown}
         */
        StaffGrade: "postmaster" | "assistant_postmaster" | "postal_officer" | "counter_clerk" | "postman" | "customer_service_officer" | "account_manager";
        /** @description Staff number, e.g. `S000123`. */
        StaffId: string;
        StaffPage: {
            items: components["schemas"]["Staff"][];
            /** @description Null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A response against a published version. `officeCode` defaults to the office of a counter terminal's key (and must be that office); `segment` defaults to `general_public`; `respondedAt` defaults to now.
         * @example {
         *       "channel": "counter",
         *       "officeCode": "KLN012",
         *       "segment": "general_public",
         *       "language": "en",
         *       "respondedAt": "2026-11-23T08:30:00Z",
         *       "answers": [
         *         {
         *           "questionId": "overall",
         *           "value": 5
         *         },
         *         {
         *           "questionId": "counter_speed",
         *           "value": 4
         *         },
         *         {
         *           "questionId": "staff_courtesy",
         *           "value": 5
         *         },
         *         {
         *           "questionId": "counter_channel",
         *           "value": 5
         *         },
         *         {
         *           "questionId": "expectation",
         *           "value": 9
         *         },
         *         {
         *           "questionId": "ideal",
         *           "value": 8
         *         },
         *         {
         *           "questionId": "reuse",
         *           "value": 5
         *         },
         *         {
         *           "questionId": "recommend",
         *           "value": 9
         *         },
         *         {
         *           "questionId": "visit_purpose",
         *           "value": "parcels"
         *         },
         *         {
         *           "questionId": "extras",
         *           "value": [
         *             "stamps",
         *             "packaging"
         *           ]
         *         },
         *         {
         *           "questionId": "returning",
         *           "value": true
         *         },
         *         {
         *           "questionId": "comments",
         *           "value": "Quick and friendly, thank you."
         *         }
         *       ]
         *     }
         * @example {
         *       "channel": "counter",
         *       "officeCode": "KLN012",
         *       "segment": "business_customer",
         *       "language": "zh-Hant",
         *       "respondedAt": "2026-11-23T09:05:00Z",
         *       "answers": [
         *         {
         *           "questionId": "overall",
         *           "value": 2
         *         },
         *         {
         *           "questionId": "counter_speed",
         *           "value": 1
         *         },
         *         {
         *           "questionId": "recommend",
         *           "value": 3
         *         },
         *         {
         *           "questionId": "visit_purpose",
         *           "value": "payments"
         *         },
         *         {
         *           "questionId": "returning",
         *           "value": false
         *         },
         *         {
         *           "questionId": "comments",
         *           "value": "等候時間太長。"
         *         }
         *       ],
         *       "contact": {
         *         "consentToContact": true,
         *         "name": "Chan Tai Man",
         *         "phone": "+852 2921 2222"
         *       }
         *     }
         */
        SubmitSurveyResponse: {
            /**
             * Format: int32
             * @description The published version answered; default the latest.
             */
            surveyVersion?: number;
            channel: components["schemas"]["Channel"];
            officeCode?: components["schemas"]["OfficeCode"];
            segment?: components["schemas"]["RespondentSegment"];
            language: components["schemas"]["SurveyLanguage"];
            respondedAt?: components["schemas"]["Instant"];
            answers: components["schemas"]["Answer"][];
            contact?: components["schemas"]["RespondentContact"];
            /** @description The single-use token of an invitation; a used, expired or unknown token is 422. Not accepted in imports. */
            invitationToken?: string;
        };
        Survey: {
            id: components["schemas"]["Uuid"];
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"] | null;
            languages: components["schemas"]["SurveyLanguage"][];
            questions: components["schemas"]["Question"][];
            status: components["schemas"]["SurveyStatus"];
            /**
             * Format: int32
             * @description The latest definition: the draft being edited, or the last published one.
             */
            definitionVersion: number;
            /** @description The latest published (immutable) version; responses are recorded against it. */
            publishedVersion: number | null;
            /** @description Channels responses may come through; empty means any. */
            targetChannels: components["schemas"]["Channel"][];
            opensOn: components["schemas"]["CalendarDate"] | null;
            closesOn: components["schemas"]["CalendarDate"] | null;
            indexWeights: components["schemas"]["IndexWeights"];
            segmentShares: components["schemas"]["SegmentShares"] | null;
            followUp: components["schemas"]["FollowUpRule"] | null;
            /** @description Groups with fewer responses are suppressed; null uses the service default (30). */
            minSampleSize: number | null;
            /** @description Satisfied share below which an office is flagged; null uses the service default. */
            equityThreshold: number | null;
            /**
             * Format: int32
             * @description Changes with every edit or command; the ETag.
             */
            version: number;
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
        };
        /** @description A free-text answer, as the respondent wrote it (`[erased]` after an erasure). */
        SurveyComment: {
            questionId: components["schemas"]["QuestionId"];
            text: string;
        };
        /** @description One published, immutable version of a survey: everything a terminal needs to render it offline. */
        SurveyDefinition: {
            surveyId: components["schemas"]["Uuid"];
            /** Format: int32 */
            version: number;
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"] | null;
            languages: components["schemas"]["SurveyLanguage"][];
            questions: components["schemas"]["Question"][];
            publishedAt: components["schemas"]["Instant"];
        };
        SurveyEquity: {
            surveyId: components["schemas"]["Uuid"];
            questionId: components["schemas"]["QuestionId"];
            period: components["schemas"]["Period"];
            /** Format: int32 */
            minSampleSize: number;
            threshold: number;
            byRegionClass: components["schemas"]["EquityGroup"][];
            /** @description Offices with at least the minimum sample. */
            byOffice: components["schemas"]["EquityGroup"][];
            /** @description Null with fewer than two region classes above the minimum sample. */
            gap: components["schemas"]["EquityGap"] | null;
            officesBelowThreshold: components["schemas"]["OfficeBelowThreshold"][];
        };
        SurveyIndices: {
            surveyId: components["schemas"]["Uuid"];
            period: components["schemas"]["Period"];
            /** Format: int32 */
            minSampleSize: number;
            kcsi: components["schemas"]["CompositeIndex"];
            acsi: components["schemas"]["CompositeIndex"];
        };
        SurveyInvitation: {
            id: components["schemas"]["Uuid"];
            surveyId: components["schemas"]["Uuid"];
            channel: components["schemas"]["Channel"];
            officeCode: components["schemas"]["OfficeCode"] | null;
            /** @description The single-use token; shown only when the invitation is created. */
            token: string | null;
            expiresAt: components["schemas"]["Instant"];
            usedAt: components["schemas"]["Instant"] | null;
            createdAt: components["schemas"]["Instant"];
        };
        /**
         * @description A BCP 47 language tag the survey is offered in: English, Traditional Chinese or Korean.
         * @enum {unknown}
         */
        SurveyLanguage: "en" | "zh-Hant" | "ko";
        SurveyPage: {
            items: components["schemas"]["Survey"][];
            /** @description Null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description `none`: the respondent gave no contact details (or did not consent, so none were kept); `held`: the service keeps the name, phone or e-mail the respondent consented to give (used only to open a follow-up case, never returned here); `erased`: an erasure request or the contact retention sweep removed the contact details and replaced free-text answers with `[erased]` (ratings and choices stay, so the figures do not change).
         * @enum {unknown}
         */
        SurveyPersonalData: "none" | "held" | "erased";
        /** @description A recorded response. The respondent's contact details are never returned by this API; `personalData` says whether the service holds any. */
        SurveyResponse: {
            id: components["schemas"]["Uuid"];
            surveyId: components["schemas"]["Uuid"];
            /** Format: int32 */
            surveyVersion: number;
            channel: components["schemas"]["Channel"];
            officeCode: components["schemas"]["OfficeCode"] | null;
            districtCode: components["schemas"]["DistrictCode"] | null;
            /** @description As the directory had it when the response was recorded. */
            regionClass: components["schemas"]["RegionClass"] | null;
            segment: components["schemas"]["RespondentSegment"];
            language: components["schemas"]["SurveyLanguage"];
            respondedAt: components["schemas"]["Instant"];
            /** @description Ratings, yes/no and choices. Free-text answers are in `comments`. */
            answers: components["schemas"]["Answer"][];
            /** @description Free-text answers: personal data, masked without `personal-data:read`. */
            comments: components["schemas"]["SurveyComment"][];
            /** @description True unless the respondent agreed to be contacted and their contact details are still held (an erased response is anonymous). */
            anonymous: boolean;
            personalData: components["schemas"]["SurveyPersonalData"];
            /** @description When an erasure request or the contact retention sweep removed the personal data; null if it never has. */
            personalDataErasedAt: components["schemas"]["Instant"] | null;
            followUp: components["schemas"]["FollowUp"] | null;
            createdAt: components["schemas"]["Instant"];
        };
        SurveyResponsePage: {
            items: components["schemas"]["SurveyResponse"][];
            /** @description Null on the last page. */
            nextCursor: string | null;
        };
        SurveyResults: {
            surveyId: components["schemas"]["Uuid"];
            period: components["schemas"]["Period"];
            groupBy: components["schemas"]["ResultsGrouping"];
            /** Format: int32 */
            minSampleSize: number;
            weighted: boolean;
            questions: components["schemas"]["QuestionResults"][];
        };
        SurveyRetentionRun: {
            /**
             * Format: int32
             * @description Responses whose contact details were older than `SURVEY_CONTACT_RETENTION_DAYS` and are now erased.
             */
            anonymised: number;
            /**
             * Format: int32
             * @description Invitations whose contact hash was removed (older than the retention period and the re-contact period both).
             */
            invitations: number;
        };
        /**
         * @description draft → open ⇄ paused → closed. A survey opens only once a version is published.
         * @enum {unknown}
         */
        SurveyStatus: "draft" | "open" | "paused" | "closed";
        /** @description What an erasure by subject did. Repeating it erases nothing more and answers zeros. */
        SurveySubjectErasure: {
            /**
             * Format: int32
             * @description Responses erased by this request: those whose contact e-mail or phone matched, and those answering an invitation sent to it.
             */
            responses: number;
            /**
             * Format: int32
             * @description Invitations whose contact hash matched and was removed (the re-contact rule then no longer knows the person).
             */
            invitations: number;
            /** @description Feedback cases those responses had already opened. They hold the same contact details: erase them in the feedback service (`eraseFeedbackPersonalData`). */
            followUpCases: components["schemas"]["FeedbackReference"][];
        };
        SurveyTrends: {
            surveyId: components["schemas"]["Uuid"];
            period: components["schemas"]["Period"];
            interval: components["schemas"]["TrendInterval"];
            /** Format: int32 */
            minSampleSize: number;
            questions: {
                questionId: components["schemas"]["QuestionId"];
                points: components["schemas"]["TrendPoint"][];
            }[];
        };
        /**
         * @description Why service was suspended: a tropical cyclone signal No. 8 or above, a black rainstorm warning, an office closure, or another reason.
         * @enum {unknown}
         */
        SuspensionKind: "typhoon_signal_8" | "black_rainstorm" | "office_closure" | "other";
        /**
         * @description `cancelled`: declared in error; its days are working days again.
         * @enum {unknown}
         */
        SuspensionStatus: "active" | "cancelled";
        Timeline: {
            items: components["schemas"]["TimelineEntry"][];
        };
        TimelineEntry: {
            /** Format: int64 */
            id: number;
            itemId: components["schemas"]["Uuid"];
            at: components["schemas"]["Instant"];
            actor: string;
            /**
             * @description What happened. `pledge_breached` is the periodic sweep recording a missed acknowledgement or reply (`changes` names the flag set).
             * @enum {unknown}
             */
            type: "created" | "transition" | "edited" | "assigned" | "note" | "reply" | "personal_data_erased" | "pledge_breached";
            /**
             * @description `customer` entries were sent to the customer; `internal` never are.
             * @enum {unknown}
             */
            visibility: "internal" | "customer";
            command: string | null;
            fromStatus: components["schemas"]["FeedbackStatus"] | null;
            toStatus: components["schemas"]["FeedbackStatus"] | null;
            body: string | null;
            /** @description What changed, by field. Free-text fields (subject, remedy sought) are recorded as changed (`true`), never with their text. */
            changes: {
                [key: string]: unknown;
            };
        };
        /** @description A postal item tracking number, upper case, e.g. `EE123456789HK`. */
        TrackingNumber: string;
        /** @enum {unknown} */
        TrendInterval: "month" | "quarter" | "financial_year";
        TrendPoint: {
            period: string;
            /** Format: int32 */
            n: number;
            suppressed: boolean;
            satisfied: components["schemas"]["SatisfiedShare"] | null;
            /** @description Against the previous period that was not suppressed. */
            changeFromPrevious: components["schemas"]["ProportionChange"] | null;
        };
        UpdateDistrict: {
            name?: string;
            area?: string;
        };
        UpdateFeedbackCategory: {
            name?: string;
            active?: boolean;
        };
        UpdateFeedbackItem: {
            category?: components["schemas"]["CategoryCode"];
            subject?: string;
            trackingNumbers?: components["schemas"]["TrackingNumber"][];
            remedySought?: string | null;
            priority?: components["schemas"]["FeedbackPriority"];
        };
        UpdateOffice: {
            name?: string;
            regionClass?: components["schemas"]["RegionClass"];
            address?: string;
        };
        UpdateStaff: {
            name?: string;
            grade?: components["schemas"]["StaffGrade"];
            officeCode?: components["schemas"]["OfficeCode"];
            active?: boolean;
        };
        /**
         * @description Changing title, description, languages or questions after a version is published starts a new draft version; published versions never change.
         * @example {
         *       "closesOn": "2027-03-31",
         *       "minSampleSize": 50
         *     }
         * @example {
         *       "equityThreshold": 0.85,
         *       "segmentShares": {
         *         "general_public": 0.6,
         *         "business_customer": 0.3,
         *         "philatelist": 0.05,
         *         "club_member": 0.05
         *       }
         *     }
         */
        UpdateSurvey: {
            title?: components["schemas"]["LocalizedText"];
            description?: components["schemas"]["LocalizedText"] | null;
            languages?: components["schemas"]["SurveyLanguage"][];
            questions?: components["schemas"]["Question"][];
            /** @description Channels responses may come through; empty means any. */
            targetChannels?: components["schemas"]["Channel"][];
            opensOn?: components["schemas"]["CalendarDate"] | null;
            closesOn?: components["schemas"]["CalendarDate"] | null;
            indexWeights?: components["schemas"]["IndexWeights"];
            segmentShares?: components["schemas"]["SegmentShares"] | null;
            followUp?: components["schemas"]["FollowUpRule"] | null;
            /** @description Groups with fewer responses are suppressed; null uses the service default (30). */
            minSampleSize?: number | null;
            /** @description Satisfied share below which an office is flagged; null uses the service default. */
            equityThreshold?: number | null;
        };
        /** Format: uuid */
        Uuid: string;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPublicHolidays: {
        parameters: {
            query?: {
                /** @description Holidays in this calendar year, 1800 to 2199. */
                year?: number;
                /** @description Default `active`. */
                status?: components["schemas"]["PublicHolidayStatus"] | "all";
                /** @description Page size, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicHolidayPage"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPublicHoliday: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePublicHoliday"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicHoliday"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The date is already an active holiday (`DIRECTORY_HOLIDAY_EXISTS`), or the key is in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key was used for another request. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                holidayId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicHoliday"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such holiday. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retirePublicHoliday: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                holidayId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicHoliday"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such holiday. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already retired. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServiceSuspensions: {
        parameters: {
            query?: {
                /** @description Suspensions with a day in this calendar year, 1800 to 2199. */
                year?: number;
                /** @description Default `active`. */
                status?: components["schemas"]["SuspensionStatus"] | "all";
                /** @description Page size, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceSuspensionPage"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createServiceSuspension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceSuspension"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceSuspension"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key is in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `to` before `from` or too far after it (`DIRECTORY_INVALID_SUSPENSION`), an unknown district or office (each named), or the key was used for another request. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceSuspension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                suspensionId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceSuspension"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such suspension. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelServiceSuspension: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                suspensionId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelServiceSuspension"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceSuspension"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such suspension. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already cancelled. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDistricts: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictPage"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDistrict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDistrict"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["District"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The district exists, or the key is in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key was used for another request. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDistrict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: components["schemas"]["DistrictCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["District"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDistrict: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                code: components["schemas"]["DistrictCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDistrict"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["District"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOffices: {
        parameters: {
            query?: {
                districtCode?: components["schemas"]["DistrictCode"];
                regionClass?: components["schemas"]["RegionClass"];
                status?: components["schemas"]["OfficeStatus"];
                /** @description Case-insensitive match on the office name or code. */
                q?: string;
                /** @description Page size, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficePage"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOffice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOffice"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Office"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An office with this code exists, or the key is in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown district, or the key was used for another request. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: components["schemas"]["OfficeCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Office"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOffice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                code: components["schemas"]["OfficeCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOffice"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Office"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeOffice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                code: components["schemas"]["OfficeCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseOffice"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Office"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already closed; `allowed` names what is possible. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenOffice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                code: components["schemas"]["OfficeCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Office"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not closed; `allowed` names what is possible. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: {
                officeCode?: components["schemas"]["OfficeCode"];
                grade?: components["schemas"]["StaffGrade"];
                active?: boolean;
                /** @description Page size, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPage"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaff"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The staff id exists, or the key is in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown office, or the key was used for another request. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staffId: components["schemas"]["StaffId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                staffId: components["schemas"]["StaffId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaff"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown office. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeedbackCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackCategoryList"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFeedbackCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeedbackCategory"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackCategory"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code exists. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFeedbackCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                code: components["schemas"]["CategoryCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFeedbackCategory"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackCategory"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeedbackItems: {
        parameters: {
            query?: {
                kind?: components["schemas"]["FeedbackKind"];
                status?: components["schemas"]["FeedbackStatus"];
                stage?: components["schemas"]["ComplaintStage"];
                channel?: components["schemas"]["Channel"];
                category?: components["schemas"]["CategoryCode"];
                officeCode?: components["schemas"]["OfficeCode"];
                districtCode?: components["schemas"]["DistrictCode"];
                regionClass?: components["schemas"]["RegionClass"];
                receivedFrom?: components["schemas"]["CalendarDate"];
                receivedTo?: components["schemas"]["CalendarDate"];
                overdue?: boolean;
                trackingNumber?: components["schemas"]["TrackingNumber"];
                /** @description A case-handling team, e.g. `parcels-kowloon`. */
                team?: string;
                /** @description The case officer: a caller id such as `user:jchan`. */
                officerId?: string;
                /** @description mine (assigned to the caller), unassigned (open, no officer), overdue, awaiting_customer. */
                queue?: "mine" | "unassigned" | "overdue" | "awaiting_customer";
                /** @description Full-text search over reference, subject and description. */
                q?: string;
                /** @description Page size, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItemPage"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeedbackItem"];
            };
        };
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An office-bound caller submitted for another office. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown office, staff or category, a reply that cannot be sent, or a reused Idempotency-Key; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeedbackItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFeedbackItem"];
            };
        };
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeFeedbackItem"];
            };
        };
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignFeedbackItem"];
            };
        };
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    awaitFeedbackCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonedCommand"];
            };
        };
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseFeedbackItem"];
            };
        };
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseFeedbackPersonalData: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonedCommand"];
            };
        };
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    escalateFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonedCommand"];
            };
        };
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forwardFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    investigateFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addFeedbackNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddFeedbackNote"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEntry"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item is closed. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonedCommand"];
            };
        };
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addFeedbackReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddFeedbackNote"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEntry"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item is closed. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    respondToFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RespondToFeedbackItem"];
            };
        };
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeFeedbackItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the current state; `allowed` names the commands that are. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match: read the item again. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change is not acceptable; `errors` names the field. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeedbackTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFeedbackItemBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeedbackBatch"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackBatchResponse"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFeedbackItems: {
        parameters: {
            query: {
                kind?: components["schemas"]["FeedbackKind"];
                status?: components["schemas"]["FeedbackStatus"];
                stage?: components["schemas"]["ComplaintStage"];
                channel?: components["schemas"]["Channel"];
                category?: components["schemas"]["CategoryCode"];
                officeCode?: components["schemas"]["OfficeCode"];
                districtCode?: components["schemas"]["DistrictCode"];
                regionClass?: components["schemas"]["RegionClass"];
                receivedFrom?: components["schemas"]["CalendarDate"];
                receivedTo?: components["schemas"]["CalendarDate"];
                overdue?: boolean;
                trackingNumber?: components["schemas"]["TrackingNumber"];
                /** @description A case-handling team, e.g. `parcels-kowloon`. */
                team?: string;
                /** @description The case officer: a caller id such as `user:jchan`. */
                officerId?: string;
                /** @description mine (assigned to the caller), unassigned (open, no officer), overdue, awaiting_customer. */
                queue?: "mine" | "unassigned" | "overdue" | "awaiting_customer";
                /** @description Full-text search over reference, subject and description. */
                q?: string;
                format: "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One item per line. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runFeedbackRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRunResult"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeedbackStatistics: {
        parameters: {
            query?: {
                from?: components["schemas"]["CalendarDate"];
                to?: components["schemas"]["CalendarDate"];
                financialYear?: components["schemas"]["FinancialYear"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackStatistics"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Office-bound callers (counter terminals) cannot read network-wide figures. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKey"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks `admin:keys`, does not hold a requested scope (GATEWAY_SCOPE_NOT_HELD), or is bound to a post office and names another or none (OFFICE_NOT_PERMITTED). */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such key, or (for a caller bound to a post office) a key of another office. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks `admin:keys`, or a scope the key holds (GATEWAY_SCOPE_NOT_HELD). */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such key, or (for a caller bound to a post office) a key of another office. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already revoked (GATEWAY_API_KEY_REVOKED), or the key comes from configuration (GATEWAY_KEY_CONFIGURED). */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dispatchSurveyFollowUps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What one retry pass over pending follow-ups did. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDispatch"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseSurveySubjectPersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseSurveySubject"];
            };
        };
        responses: {
            /** @description What an erasure by subject did. Repeating it erases nothing more and answers zeros. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveySubjectErasure"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A counter terminal (a key bound to a post office) may not erase or run retention. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A feedback case is being opened for this response right now (`SURVEY_FOLLOW_UP_IN_FLIGHT`); retry shortly, so the erasure can name it. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither `email` nor `phone` was given (`SURVEY_INVALID_ERASURE_REQUEST`). */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runSurveyRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyRetentionRun"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A counter terminal (a key bound to a post office) may not erase or run retention. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSurveys: {
        parameters: {
            query?: {
                status?: components["schemas"]["SurveyStatus"];
                /** @description Page size, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyPage"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurvey"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key is in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The definition is inconsistent (`errors` names each question), or the key was used for another request. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSurvey"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The survey is closed. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The definition is inconsistent; `errors` names each question. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The survey is not open or paused. `allowed` names the commands possible now. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One published, immutable version of a survey: everything a terminal needs to render it offline. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDefinition"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyEquity: {
        parameters: {
            query?: {
                from?: components["schemas"]["CalendarDate"];
                to?: components["schemas"]["CalendarDate"];
                financialYear?: components["schemas"]["FinancialYear"];
                questionId?: components["schemas"]["QuestionId"];
                threshold?: number;
            };
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyEquity"];
                };
            };
            /** @description The period or question is not valid (`INVALID_PERIOD`, `SURVEY_UNKNOWN_QUESTION`); `errors` names the parameter. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyIndices: {
        parameters: {
            query?: {
                from?: components["schemas"]["CalendarDate"];
                to?: components["schemas"]["CalendarDate"];
                financialYear?: components["schemas"]["FinancialYear"];
                channel?: components["schemas"]["Channel"];
            };
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyIndices"];
                };
            };
            /** @description The period or question is not valid (`INVALID_PERIOD`, `SURVEY_UNKNOWN_QUESTION`); `errors` names the parameter. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSurveyInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyInvitation"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyInvitation"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The survey is closed, or the key is in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The channel, office or contact does not fit; `errors` names each. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The directory could not be reached; retry. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
                invitationId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyInvitation"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey or invitation. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not draft or paused, or no version published yet. `allowed` names the commands possible now. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The survey is not open. `allowed` names the commands possible now. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; required. */
                "if-match"?: string;
            };
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing to publish, or the survey is closed. `allowed` names the commands possible now. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale If-Match. */
            412: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing. */
            428: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSurveyResponses: {
        parameters: {
            query?: {
                channel?: components["schemas"]["Channel"];
                officeCode?: components["schemas"]["OfficeCode"];
                /** @description Page size, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponsePage"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitSurveyResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitSurveyResponse"];
            };
        };
        responses: {
            /** @description A recorded response. The respondent's contact details are never returned by this API; `personalData` says whether the service holds any. */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A counter terminal's key may record responses only for its own office. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The survey is not open (`SURVEY_NOT_ACCEPTING_RESPONSES`), or the key is in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Answers, office, channel, language or invitation do not fit the survey; `errors` names each field and question. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The directory could not be reached to check the office; retry. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
                responseId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A recorded response. The respondent's contact details are never returned by this API; `personalData` says whether the service holds any. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey or response. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseSurveyResponsePersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
                responseId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseSurveyResponsePersonalData"];
            };
        };
        responses: {
            /** @description A recorded response. The respondent's contact details are never returned by this API; `personalData` says whether the service holds any. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A counter terminal (a key bound to a post office) may not erase or run retention. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey or response (`SURVEY_RESPONSE_NOT_FOUND`). */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A feedback case is being opened for this response right now (`SURVEY_FOLLOW_UP_IN_FLIGHT`); retry shortly, so the erasure can name it. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importSurveyResponses: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended create; retries with the same key and body replay the first response. */
                "idempotency-key"?: string;
            };
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportSurveyResponses"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedSurveyResponses"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing is published yet, or the key is in flight. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit (4 MiB by default). */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Some responses do not fit the survey; `errors` names each. */
            422: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The directory could not be reached; retry. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyResults: {
        parameters: {
            query?: {
                from?: components["schemas"]["CalendarDate"];
                to?: components["schemas"]["CalendarDate"];
                financialYear?: components["schemas"]["FinancialYear"];
                groupBy?: components["schemas"]["ResultsGrouping"];
                questionId?: components["schemas"]["QuestionId"];
                channel?: components["schemas"]["Channel"];
                /** @description Post-stratify by segment with the survey's segment shares. */
                weighted?: boolean;
            };
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResults"];
                };
            };
            /** @description The period or question is not valid (`INVALID_PERIOD`, `SURVEY_UNKNOWN_QUESTION`); `errors` names the parameter. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `weighted=true` but the survey has no segment shares. */
            409: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyTrends: {
        parameters: {
            query?: {
                from?: components["schemas"]["CalendarDate"];
                to?: components["schemas"]["CalendarDate"];
                financialYear?: components["schemas"]["FinancialYear"];
                interval?: components["schemas"]["TrendInterval"];
                questionId?: components["schemas"]["QuestionId"];
                channel?: components["schemas"]["Channel"];
            };
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyTrends"];
                };
            };
            /** @description The period or question is not valid (`INVALID_PERIOD`, `SURVEY_UNKNOWN_QUESTION`); `errors` names the parameter. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                surveyId: components["schemas"]["Uuid"];
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One published, immutable version of a survey: everything a terminal needs to render it offline. */
            200: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDefinition"];
                };
            };
            /** @description The request is not valid; `errors` lists the fields. */
            400: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the scope this operation needs. */
            403: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this caller. */
            404: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Requests this caller may make in the current window. */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current window. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the window resets. */
                    "X-RateLimit-Reset"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Sent only when the gateway's CORS allow-list (GATEWAY_CORS_ORIGINS) names the request's Origin; never `*`. */
                    "Access-Control-Allow-Origin"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
