/** A user's module: needs the physiotherapy module (and with it core); the rates come as a service. */
module org.example.consumer {
    requires io.github.inamirules.physiotherapy;
}
