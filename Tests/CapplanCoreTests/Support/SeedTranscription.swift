// Transcribed by hand from ../shared/seeds (seed 000 and seed 003), independently of the
// framework YAML it checks. Skill names are written exactly as each seed states them.

/// One requirement as a seed states it: role, role level (short name), skill, required skill level.
struct SeedRequirement: Sendable, Equatable {
    let role: String
    let level: String     // associate, engineer, senior, lead, principal
    let skill: String     // exactly as the seed writes it, e.g. "Coding and scripting (infrastructure engineer)", "Service Management Framework knowledge"
    let required: String  // awareness, working, practitioner, expert
}

enum SeedTranscription {
    /// Seed 000: Infrastructure operations engineer, all five levels (60 requirements).
    static let operationsEngineer: [SeedRequirement] = [
        // Associate infrastructure operations engineer (4)
        SeedRequirement(role: "Infrastructure operations engineer", level: "associate", skill: "Incident management", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "associate", skill: "Ownership and initiative", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "associate", skill: "Problem management", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "associate", skill: "User focus", required: "awareness"),

        // Infrastructure operations engineer (14)
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Asset and configuration management", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Availability and capacity management", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Change management", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Coding and scripting", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Continual service improvement", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Incident management", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Ownership and initiative", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Problem management", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Service Management Framework knowledge", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Service focus", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Technical specialism", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Technical understanding", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "Testing", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "engineer", skill: "User focus", required: "working"),

        // Senior infrastructure operations engineer (14; the seed lists Service Management Framework knowledge after Testing)
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Asset and configuration management", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Availability and capacity management", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Change management", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Coding and scripting", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Continual service improvement", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Incident management", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Ownership and initiative", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Problem management", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Service focus", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Technical specialism", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Technical understanding", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Testing", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "Service Management Framework knowledge", required: "awareness"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "senior", skill: "User focus", required: "working"),

        // Lead infrastructure operations engineer (14)
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Asset and configuration management", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Availability and capacity management", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Change management", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Coding and scripting", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Continual service improvement", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Incident management", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Ownership and initiative", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Problem management", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Service focus", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Technical specialism", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Technical understanding", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Testing", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "Service Management Framework knowledge", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "lead", skill: "User focus", required: "practitioner"),

        // Principal infrastructure operations engineer (14)
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Asset and configuration management", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Availability and capacity management", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Change management", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Coding and scripting", required: "working"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Continual service improvement", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Incident management", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Ownership and initiative", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Problem management", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Service focus", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Technical specialism", required: "expert"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Technical understanding", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Testing", required: "expert"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "Service Management Framework knowledge", required: "practitioner"),
        SeedRequirement(role: "Infrastructure operations engineer", level: "principal", skill: "User focus", required: "expert"),
    ]

    /// Seed 003: Infrastructure engineer, all five levels (57 requirements).
    static let infrastructureEngineer: [SeedRequirement] = [
        // 1. Associate infrastructure engineer (9)
        SeedRequirement(role: "Infrastructure engineer", level: "associate", skill: "IT infrastructure", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "associate", skill: "Information security", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "associate", skill: "Modern standards approach", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "associate", skill: "Ownership and initiative", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "associate", skill: "Problem management", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "associate", skill: "Systems design", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "associate", skill: "Systems integration", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "associate", skill: "Technical understanding", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "associate", skill: "Troubleshooting and problem resolution", required: "awareness"),

        // 2. Infrastructure engineer (12)
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Coding and scripting (infrastructure engineer)", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "IT infrastructure", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Information security", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Modern standards approach", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Ownership and initiative", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Problem management", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Service focus", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Systems design", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Systems integration", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Technical understanding", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Testing", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "engineer", skill: "Troubleshooting and problem resolution", required: "working"),

        // 3. Senior infrastructure engineer (12)
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Coding and scripting (infrastructure engineer)", required: "awareness"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "IT infrastructure", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Information security", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Modern standards approach", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Ownership and initiative", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Problem management", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Service focus", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Systems design", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Systems integration", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Technical understanding", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Testing", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "senior", skill: "Troubleshooting and problem resolution", required: "practitioner"),

        // 4. Lead infrastructure engineer (12)
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Coding and scripting (infrastructure engineer)", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "IT infrastructure", required: "expert"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Information security", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Modern standards approach", required: "expert"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Ownership and initiative", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Problem management", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Service focus", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Systems design", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Systems integration", required: "expert"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Technical understanding", required: "expert"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Testing", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "lead", skill: "Troubleshooting and problem resolution", required: "expert"),

        // 5. Principal infrastructure engineer (12; IT infrastructure and Technical understanding are
        // practitioner here, below the lead level's expert, exactly as the seed states)
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Coding and scripting (infrastructure engineer)", required: "working"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "IT infrastructure", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Information security", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Modern standards approach", required: "expert"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Ownership and initiative", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Problem management", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Service focus", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Systems design", required: "expert"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Systems integration", required: "expert"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Technical understanding", required: "practitioner"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Testing", required: "expert"),
        SeedRequirement(role: "Infrastructure engineer", level: "principal", skill: "Troubleshooting and problem resolution", required: "expert"),
    ]

    /// Seed 003: typical civil-service grades per role level, as the seed writes them.
    static let typicalGrades: [String: [String]] = [
        "associate": ["EO", "HEO"],
        "engineer": ["HEO", "SEO"],
        "senior": ["SEO", "G7"],
        "lead": ["G7", "G6"],
        "principal": ["G6", "Deputy director"],
    ]

    /// The first sentence of each role level's summary, as the seed writes it, keyed "role|level".
    /// (Seed 000's lead summary is a single sentence that ends in a colon and runs into a list.)
    static let levelSummaryOpenings: [String: String] = [
        "Infrastructure operations engineer|associate":
            "As a trainee, you will work in an established team and support infrastructure operations engineers in their daily work, under their direction.",
        "Infrastructure operations engineer|engineer":
            "An infrastructure operations engineer is responsible for the preparation and support of IT operations solutions and services - physical or virtual - according to industry and organisational best practices standards, service requirements and key performance indicators (KPIs) throughout the product life cycle.",
        "Infrastructure operations engineer|senior":
            "A senior infrastructure operations engineer acts as second- or third-line support for incidents, problems and changes to solutions and services.",
        "Infrastructure operations engineer|lead":
            "A lead infrastructure operations engineer makes sure the service and contractual and regulatory requirements of the organisation are met by managing the following activities:",
        "Infrastructure operations engineer|principal":
            "A principal infrastructure operations engineer leads and directs IT operations specialist teams in monitoring, operating and supporting technical solutions.",
        "Infrastructure engineer|associate":
            "As a trainee, you will work in an established team and support infrastructure engineers in their daily work, under their direction.",
        "Infrastructure engineer|engineer":
            "Working in a team of infrastructure specialists and engineers, an infrastructure engineer supports and maintains infrastructure solutions and services as directed and according to departmental policy.",
        "Infrastructure engineer|senior":
            "Working in a team of infrastructure specialists and engineers, a senior infrastructure engineer builds, administers, supports and maintains solutions as directed and according to departmental policy.",
        "Infrastructure engineer|lead":
            "A lead infrastructure engineer manages third party provision of infrastructure services and the provision of expertise to develop architectural solutions for infrastructure services, throughout the service product life cycle.",
        "Infrastructure engineer|principal":
            "A principal infrastructure engineer is an accomplished technical leader.",
    ]

    /// One per-level "you can" text fragment per role level (a distinctive phrase of at least 6 words, copied verbatim from that level's text for the first skill listed), keyed "role|level|skill".
    /// Where a seed repeats the same per-level text at several levels (seed 000: engineer, senior and lead
    /// share their Asset and configuration management text; seed 003: engineer/senior and lead/principal
    /// share their Coding and scripting text), the fragment is necessarily shared too.
    static let levelTextFragments: [String: String] = [
        "Infrastructure operations engineer|associate|Incident management":
            "identify and register incidents, gathering the required information",
        "Infrastructure operations engineer|engineer|Asset and configuration management":
            "maintain secure configuration and accurate information, controlling IT assets",
        "Infrastructure operations engineer|senior|Asset and configuration management":
            "controlling IT assets in one or more significant areas",
        "Infrastructure operations engineer|lead|Asset and configuration management":
            "verifying location and state of assets",
        "Infrastructure operations engineer|principal|Asset and configuration management":
            "manage configuration items, related information, service compliance and risks",
        "Infrastructure engineer|associate|IT infrastructure":
            "support infrastructure solutions and services, and other computer, storage, networking",
        "Infrastructure engineer|engineer|Coding and scripting (infrastructure engineer)":
            "show an awareness of the scripting tools and software that are available",
        "Infrastructure engineer|senior|Coding and scripting (infrastructure engineer)":
            "scripting tools and software that are available and currently in use",
        "Infrastructure engineer|lead|Coding and scripting (infrastructure engineer)":
            "write HTML and carry out baseline repair activities",
        "Infrastructure engineer|principal|Coding and scripting (infrastructure engineer)":
            "write HTML and carry out baseline repair activities",
    ]
}
